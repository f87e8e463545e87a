// A worker thread's entry: TypeScript through tsx (as bin/styr.mjs does), then the parse itself.
import { register } from 'tsx/esm/api';

register();
await import('./parseTask.ts');
