/** Small line icons drawn inline: no icon font to load, and no glyph a system font may lack. */
const common = { width: 14, height: 14, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true } as const;

export const DuplicateIcon = () => (
  <svg {...common}>
    <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
    <path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h1" />
  </svg>
);

export const RenameIcon = () => (
  <svg {...common}>
    <path d="M3 13l1-3.5L11 2.5l2.5 2.5L6.5 12z" strokeLinejoin="round" />
  </svg>
);

export const DeleteIcon = () => (
  <svg {...common}>
    <path d="M4 4l8 8M12 4l-8 8" strokeLinecap="round" />
  </svg>
);
