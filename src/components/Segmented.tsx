/** One button of a segmented group: pressed when it is the current choice. */
export interface SegmentedOption {
  /** Stable React key (the option's value). */
  key: string;
  label: string;
  pressed: boolean;
  onSelect: () => void;
  /** The language of the label, when it is not the page's (each language's own name). */
  lang?: string;
}

/** A group of toggle buttons, one pressed: the view, the chart kind, the PMI range, language, theme. */
export function Segmented({
  label,
  options,
}: {
  /** The group's accessible name. */
  label: string;
  options: readonly SegmentedOption[];
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.key}
          type="button"
          lang={option.lang}
          className="segmented__button"
          aria-pressed={option.pressed}
          onClick={option.onSelect}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
