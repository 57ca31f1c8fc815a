import { themeCss, themes } from 'virtual:talk-themes';

/**
 * Shows theme `name`: sets `html[data-talk-theme]` and, for a theme from assets/themes/, adds its
 * style sheet after the built-in ones so that its rules win. An unknown name falls back to light.
 */
export function applyTheme(name: string): string {
  const known = themes.includes(name) ? name : 'light';
  if (known !== name) console.warn(`[talk] unknown theme "${name}"; themes: ${themes.join(', ')}`);
  document.documentElement.dataset.talkTheme = known;
  const css = themeCss[known];
  if (css !== undefined && !document.querySelector(`style[data-talk-theme-css="${known}"]`)) {
    const style = document.createElement('style');
    style.dataset.talkThemeCss = known;
    style.textContent = css;
    document.head.append(style);
  }
  return known;
}
