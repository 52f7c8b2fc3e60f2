import type { Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  /** Classes for the textarea itself (a monospace editor, say); `className` styles the field around it. */
  inputClassName?: string;
  name: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled textarea with its hint and error tied to it, like TextField. */
export function TextArea({ label, name, error, hint, required, id, className = "", inputClassName = "", ref, ...input }: Props) {
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
        {required && (
          <span className="ml-0.5 text-red-700 dark:text-red-400" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      <textarea
        ref={ref}
        id={fieldId}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 dark:bg-slate-900 dark:text-slate-100 ${
          error ? "border-red-700 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
        } ${inputClassName}`}
        {...input}
      />
      <p id={errorId} className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite" data-testid={`error-${name}`}>
        {error}
      </p>
    </div>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled select with its error tied to it. */
export function SelectField({ label, name, error, options, id, className = "", ref, ...select }: SelectProps) {
  const fieldId = id ?? `field-${name}`;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <select
        ref={ref}
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={errorId} className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite" data-testid={`error-${name}`}>
        {error}
      </p>
    </div>
  );
}
