export { ContactIcon, type ContactIconProps } from './ContactIcon';
export { contactTypeLabel } from './contactTypeLabel';
