/** What every chart drawing takes: the model, the layout width, and the keyboard state. */
export interface DrawingProps<Model> {
  model: Model;
  /** Layout width in layout pixels (chartLayout.ts). */
  width: number;
  animate?: boolean;
  /** The mark walked to by keyboard: outlined. */
  activeIndex?: number | null;
  /** Recharts' Tooltip `active`: false hides the hover tooltip while the keyboard shows one. */
  pointerTooltip?: false | undefined;
}
