import '@testing-library/jest-dom/vitest';
import '../src/components/styles.css';
