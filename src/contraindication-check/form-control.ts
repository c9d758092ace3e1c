import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What makes an element a form control, on top of ElementInternals: the
 * submitted value, validity with a custom message, custom states, and the
 * difference between *having* errors and *showing* them.
 *
 * `checkValidity()` (the element's or the form's) and `reportValidity()` both
 * fire `invalid`; only a report may show errors (as in Web Awesome and Lion).
 * A report comes from the element's own `reportValidity()`, which this
 * controller flags, or from the form's interactive validation (a submit,
 * `form.requestSubmit()`, `form.reportValidity()`), which the browser ends by
 * focusing the first invalid control's validation anchor: the element calls
 * `anchorFocused()` from that anchor's focus event. A check does neither, so
 * it changes nothing on screen.
 */
export class FormControlController implements ReactiveController {
  private customMessage = '';
  private reporting = false;

  constructor(
    private readonly host: Host,
    /** The element's internals (an element attaches them once). */
    readonly internals: ElementInternals,
    /** Shows the errors: the element's error summary. */
    private readonly showErrors: () => void,
  ) {
    host.addController(this);
    host.addEventListener('invalid', (event) => {
      if (!this.reporting) {
        // A check, or the form's report. A report focuses the anchor: its focus event says so
        // at once; a page without focus (a background tab) fires no focus event, so look once
        // the report is over too.
        setTimeout(() => {
          if (this.anchor?.matches(':focus') || (this.anchor && (this.anchor.getRootNode() as ShadowRoot).activeElement === this.anchor)) {
            this.showErrors();
          }
        });
        return;
      }
      // The error summary replaces the browser's validation bubble (GOV.UK pattern).
      event.preventDefault();
      this.showErrors();
    });
  }

  hostConnected(): void {}

  /** The element the browser focuses when it reports this element: an empty, focusable span. */
  private anchor: HTMLElement | undefined;

  /** The form's interactive validation focused the validation anchor: it is reporting this element. */
  anchorFocused(): void {
    this.showErrors();
  }

  /** The value submitted with the form (null: nothing), also kept as the state a restored page gets back. */
  setValue(value: string | null): void {
    this.internals.setFormValue(value, value);
  }

  /**
   * `missing`: a required value is missing, with `message` to say so. A custom
   * message from `setCustomValidity()` comes first.
   */
  setValidity(missing: boolean, message: string, anchor: HTMLElement | undefined): void {
    this.anchor = anchor;
    const customError = this.customMessage !== '';
    // Clearing first hides a validation bubble the browser may have shown at the anchor.
    this.internals.setValidity({});
    if (missing || customError) {
      this.internals.setValidity({valueMissing: missing, customError}, customError ? this.customMessage : message, anchor);
    }
  }

  get customValidityMessage(): string {
    return this.customMessage;
  }

  setCustomValidity(message: string): void {
    this.customMessage = message == null ? '' : String(message);
    this.host.requestUpdate();
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.reporting = true;
    try {
      return this.internals.reportValidity();
    } finally {
      this.reporting = false;
    }
  }

  /** Custom states for `:state(name)` selectors. */
  setStates(states: Readonly<Record<string, boolean>>): void {
    const set = this.internals.states;
    if (!set) return;
    for (const [name, on] of Object.entries(states)) {
      if (on) set.add(name);
      else set.delete(name);
    }
  }
}
