/// <reference types="vite/client" />
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { ComposedStoryFn } from 'storybook/internal/types';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview';
import { storyViewports } from '../../.storybook/storyGlobals';
import './visualTest.css';

/*
 * Every story of stories/*.stories.tsx, rendered with the preview's decorators, loaders (the MSW
 * worker) and beforeEach (a fresh mock store), its play function run to the end, then compared
 * with its committed screenshot. A story file added later is picked up by the glob; its baselines
 * are written by `npm run test:visual:update`.
 */
setProjectAnnotations(preview);

type StoryModule = Parameters<typeof composeStories>[0];

/** composeStories types its values by the module's exports; a glob's modules have none to offer. */
function isComposedStory(value: unknown): value is ComposedStoryFn {
  return typeof value === 'function' && 'run' in value && 'id' in value && 'tags' in value;
}

const storyModules = import.meta.glob<StoryModule>('../../stories/*.stories.tsx', { eager: true });

/** Stories that are not tests in Storybook either. */
const NOT_A_TEST_TAG = '!test';

const DEFAULT_VIEWPORT = { width: 480, height: 800 };

/** The page size a story asks for through the viewport global, else the default. */
function viewportOf(globals: Record<string, unknown>): { width: number; height: number } {
  const viewport = globals.viewport;
  const name =
    typeof viewport === 'object' && viewport !== null && 'value' in viewport ? viewport.value : undefined;
  const chosen = Object.entries(storyViewports).find(([key]) => key === name)?.[1];
  if (!chosen) return DEFAULT_VIEWPORT;
  return {
    width: Number.parseInt(chosen.styles.width, 10),
    height: Number.parseInt(chosen.styles.height, 10),
  };
}

/** The committed baselines, by file name; none is loaded, only listed. */
const baselineFiles = Object.keys(import.meta.glob('./baselines/*.png', { query: '?url' }));
const screenshotNames: string[] = [];

/** A story id as a file name: `components-contactcard--loaded` → `components-contactcard__loaded`. */
function screenshotName(storyId: string): string {
  return storyId.replace('--', '__');
}

for (const [file, storyModule] of Object.entries(storyModules)) {
  describe(file.replace(/^.*\//, ''), () => {
    for (const [exportName, story] of Object.entries(composeStories(storyModule))) {
      if (!isComposedStory(story) || story.tags.includes(NOT_A_TEST_TAG)) continue;
      const name = screenshotName(story.id);
      screenshotNames.push(name);
      test(exportName, async () => {
        const { width, height } = viewportOf(story.globals);
        await page.viewport(width, height);
        await story.run();
        // The body holds the story's canvas and anything it portals out of it (an open tooltip).
        await expect(document.body).toMatchScreenshot(name);
      });
    }
  });
}

// A renamed or removed story leaves its baseline behind; `npm run test:visual:update` starts afresh.
test('every baseline belongs to a story', () => {
  const orphans = baselineFiles
    .map((file) => file.replace(/^.*\//, ''))
    .filter((name) => !screenshotNames.some((story) => name.startsWith(`${story}-chromium-`)));
  expect(orphans).toEqual([]);
});
