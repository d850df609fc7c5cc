/** The size Open Graph and Twitter's summary_large_image cards show without cropping (1.91 : 1). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
