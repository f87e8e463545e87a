// Where to go after signing in: the page that sent the reader to login, if it is a path in
// this app (never another site), otherwise the start page.
export function returnPath(params: URLSearchParams): string {
  const back = params.get('till');
  return back?.startsWith('/') && !back.startsWith('//') && !back.startsWith('/logga-in') ? back : '/';
}
