import { createContext, useContext } from 'react';

/** How charts are framed: in the dashboard everything shows; an embed may hide parts or be static. */
export interface FrameOptions {
  embedded: boolean;
  hideTitle: boolean;
  hideSource: boolean;
  /** Drawn without interaction: no toolbar, no tooltips. */
  isStatic: boolean;
}

export const DASHBOARD_FRAME: FrameOptions = {
  embedded: false,
  hideTitle: false,
  hideSource: false,
  isStatic: false,
};

export const FrameOptionsContext = createContext<FrameOptions>(DASHBOARD_FRAME);

export function useFrameOptions(): FrameOptions {
  return useContext(FrameOptionsContext);
}
