import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {DnConfig} from './config.js';
import {CONFIG_CHANGE, pageConfig} from './page-config.js';

type Host = ReactiveControllerHost & HTMLElement;
type ConfigProvider = Element & {settings: DnConfig};

/** The `<dn-config>` elements around `element`, nearest first, across shadow roots. */
function providersAround(element: Element): ConfigProvider[] {
  const providers: ConfigProvider[] = [];
  let node: Element | null = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  while (node) {
    if (node.localName === 'dn-config' && 'settings' in node) providers.push(node as ConfigProvider);
    node = node.parentElement ?? (node.getRootNode() instanceof ShadowRoot ? (node.getRootNode() as ShadowRoot).host : null);
  }
  return providers;
}

/**
 * What an element inherits: the nearest `<dn-config>` around it, then outer
 * ones, then the page's `configure()`. It updates the element whenever any of
 * them changes. The element's own attributes come first, in the element.
 */
export class ConfigController implements ReactiveController {
  constructor(
    private readonly host: Host,
    /** Called when the configuration may have changed (e.g. to pick up a clinic's language). */
    private readonly changed: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  private cached: DnConfig | undefined;

  private readonly onChange = () => {
    this.cached = undefined;
    this.changed();
    this.host.requestUpdate();
  };

  private connectedBefore = false;

  hostConnected(): void {
    document.addEventListener(CONFIG_CHANGE, this.onChange);
    this.cached = undefined;
    // Moved elsewhere in the page: another <dn-config> may be around it now.
    if (this.connectedBefore) this.host.requestUpdate();
    this.connectedBefore = true;
  }

  hostDisconnected(): void {
    document.removeEventListener(CONFIG_CHANGE, this.onChange);
  }

  /** The inherited settings, each from the nearest source that sets it. */
  get inherited(): DnConfig {
    this.cached ??= this.resolve();
    return this.cached;
  }

  private resolve(): DnConfig {
    const layers = [
      pageConfig(),
      ...providersAround(this.host)
        .reverse()
        .map((provider) => provider.settings),
    ];
    const merged: Record<string, unknown> = {};
    for (const layer of layers) {
      for (const [key, value] of Object.entries(layer)) if (value !== undefined) merged[key] = value;
    }
    return merged as DnConfig;
  }
}
