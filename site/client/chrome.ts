/**
 * The site's own controls: the menu button that opens the sidebar on narrow screens, and the
 * theme button (auto → light → dark), remembered in localStorage. Without scripts the sidebar
 * stays open above the content and the theme follows the operating system.
 */
const THEME_KEY = 'status-widgets-site-theme';
const THEMES = ['auto', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function setTheme(theme: Theme, button: HTMLButtonElement): void {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  const label = document.createElement('span');
  label.className = 'theme-label';
  label.textContent = 'Theme: ';
  button.replaceChildren(label, theme);
  try {
    if (theme === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

export function startChrome(): void {
  const themeButton = document.querySelector<HTMLButtonElement>('.theme-button');
  if (themeButton) {
    let theme = storedTheme();
    setTheme(theme, themeButton);
    themeButton.hidden = false;
    themeButton.addEventListener('click', () => {
      theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
      setTheme(theme, themeButton);
    });
  }

  const menuButton = document.querySelector<HTMLButtonElement>('.menu-button');
  const sidebar = document.getElementById('sidebar');
  if (menuButton && sidebar) {
    const open = (value: boolean) => {
      menuButton.setAttribute('aria-expanded', String(value));
      sidebar.classList.toggle('open', value);
    };
    menuButton.hidden = false;
    menuButton.addEventListener('click', () => open(menuButton.getAttribute('aria-expanded') !== 'true'));
    sidebar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && sidebar.classList.contains('open')) {
        open(false);
        menuButton.focus();
      }
    });
  }
}
