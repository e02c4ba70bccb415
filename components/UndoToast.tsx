/** Props of UndoToast. */
export interface UndoToastProps {
  message: string;
  undoLabel: string;
  onUndo: () => void;
}

/** A status line with an Undo button, announced to screen readers. */
export function UndoToast({ message, undoLabel, onUndo }: UndoToastProps) {
  return (
    <div class="cr-toast" role="status">
      <span>{message}</span> <button onClick={onUndo}>{undoLabel}</button>
    </div>
  );
}
