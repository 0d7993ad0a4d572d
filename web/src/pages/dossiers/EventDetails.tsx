/** The lines a history event tells the applicant (papers to add, reasons), on the dossier and tracking pages. */
export function EventDetails({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
