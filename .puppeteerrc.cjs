/** Use the system Chromium (Debian's `chromium`); never download a browser at install time. */
/** @type {import("puppeteer-core").Configuration} */
module.exports = { skipDownload: true };
