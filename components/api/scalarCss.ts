// CSS handed to Scalar's reference (its customCss, injected after its own styles) where its defaults fail
// the checks every view of the app passes. Measured with axe on /api-docs at 1440 × 900 and 390 × 844.
export const SCALAR_CSS = `
/* Light theme text on Scalar's white and #f6f6f6: its grey #8e8e8e is 3.3:1, the JSON numbers' orange
   #ff5800 2.9:1 and the literals' green #069061 3.6:1; AA asks 4.5:1. These are 4.9-5.5:1. */
.light-mode {
  --scalar-color-3: #6b6b6b;
  --scalar-color-orange: #b84000;
  --scalar-color-green: #037a52;
  /* DELETE's method label: Scalar's #ef0006 is 4.0:1 on white; this is 5.7:1. */
  --scalar-color-red: #c70005;
}
/* Dark theme: DELETE's method label in Scalar's #dc1b19 is 3.6:1 on its dark cards; this light red is 6:1. */
.dark-mode {
  --scalar-color-red: #ff6b66;
}
/* WCAG 2.5.8 targets of at least 24 x 24 px: the response-status tabs and the client button were 22 px
   tall, the "more clients" button 18 px wide, the sidebar's "Powered by Scalar" link 15 px tall. */
.scalar-app .tab,
.scalar-app .scalar-button {
  min-height: 24px;
}
.scalar-app .client-libraries__select {
  min-width: 24px;
}
.scalar-app a[href^='https://scalar.com'] {
  padding-block: 5px;
}
`;
