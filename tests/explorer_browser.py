"""The explorer page (normviz explore) opened in Debian's Chromium from file://, with the
network off: the context is offline and every request that is not for a file:// URL is
aborted and recorded, so a test can assert that the page fetched nothing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass
class OfflinePage:
    """A Playwright page with the errors it logged and the network requests it tried."""

    page: object
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """One headless Chromium (Playwright's sync API)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def offline_page(browser: object, path: Path, width: int = 1280, height: int = 800
                 ) -> Iterator[OfflinePage]:
    """``path`` opened from file:// in a fresh offline context of ``browser``."""
    context = browser.new_context(offline=True, viewport={"width": width, "height": height})
    opened = OfflinePage(page=context.new_page())

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith("file://"):
            request_route.continue_()
        else:
            opened.blocked.append(url)
            request_route.abort()

    context.route("**/*", route)
    opened.page.on("console", lambda message: message.type == "error"
                   and opened.errors.append(message.text))
    opened.page.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.page.goto(Path(path).resolve().as_uri())
    try:
        yield opened
    finally:
        context.close()
