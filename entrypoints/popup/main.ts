import '../../ui/ui.css';
import './popup.css';
import { showBootFailure } from '../../ui/boot-failure';
import { paintFirst } from './first-paint';

// Two steps, so the answer is on screen before React has loaded: a small first paint (no React, Dexie or
// region table), then the full popup, which takes over the same start data. React's chunk is asked for only
// after that frame: compiling it earlier would hold up the background's reply and the paint.
const start = paintFirst();
start
  .then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))))
  .then(() => import('./app'))
  .then(({ mountPopup }) => mountPopup(start))
  .catch(showBootFailure);
