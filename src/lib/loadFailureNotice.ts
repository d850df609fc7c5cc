/**
 * The page-level notice that the app's code could not load, at the top of the page, with the one
 * thing that helps: reloading. Plain DOM, for the boot script (src/boot/), which has no React.
 */
export function showLoadFailureNotice(text: { title: string; reload: string }): void {
  const notice = document.createElement('div');
  notice.className = 'panel-error load-failure';
  notice.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'panel-error__title';
  title.textContent = text.title;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = text.reload;
  button.addEventListener('click', () => location.reload());
  notice.append(title, button);
  document.body.prepend(notice);
}
