/** The Navigation API (Chromium; Firefox since 147), for navigations inside single-page apps. */
type WithNavigation = { navigation?: EventTarget };

/**
 * Calls `onChange` when the URL changes without a new document (pushState, replaceState, a new
 * hash). Where the Navigation API is missing, the URL is compared every second. Returns the
 * function that stops watching.
 */
export function watchLocation(onChange: () => void): () => void {
  let url = location.href;
  const check = () => {
    if (location.href === url) return;
    url = location.href;
    onChange();
  };
  const { navigation } = window as WithNavigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  const timer = setInterval(check, 1_000);
  return () => clearInterval(timer);
}
