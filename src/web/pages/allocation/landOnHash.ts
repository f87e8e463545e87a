// Landing on a part of a page named by the address's #fragment once it has rendered: the router
// does not scroll to fragments, and the bridges appear only after the scenario has loaded. Focus
// moves there too (the target has tabIndex −1), so a keyboard or screen-reader user starts reading
// at the bridge the link named, not at the top of the page.
import { useEffect } from 'react';

export function useLandOnHash(hash: string, ready: boolean) {
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash, ready]);
}
