// Callbacks passed to page.evaluate() run inside extension pages, where Chromium exposes `chrome`.
declare const chrome: typeof browser;
