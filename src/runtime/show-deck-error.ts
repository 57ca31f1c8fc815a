/** Replaces the page with a readable message: a deck that cannot start must say why, never go blank. */
export function showDeckError(message: string): void {
  document.documentElement.dataset.deckReady = 'error';
  const box = document.createElement('main');
  box.className = 'talk-fatal';
  const title = document.createElement('h1');
  title.textContent = 'This deck cannot be shown';
  const text = document.createElement('p');
  text.textContent = message;
  box.append(title, text);
  document.body.replaceChildren(box);
}
