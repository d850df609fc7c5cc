/** Where the web build offers the one-file edition for download (scripts/seoPlugin.ts copies it). */
export const ONE_FILE_PATH = 'downloads/indonesia-manufacturing-exports.html';
