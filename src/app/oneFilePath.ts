/** Where the web build offers the one-file edition for download (build/prerender/seoPlugin.ts copies it). */
export const ONE_FILE_PATH = 'downloads/indonesia-manufacturing-exports.html';
