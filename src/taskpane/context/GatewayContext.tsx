import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Capabilities, WordGateway } from "../../word/gateway";

/**
 * The one way pane components reach Word. index.tsx creates the gateway (Office.js) and provides
 * it here; components call useGateway(), never src/word directly, so tests can pass a fake.
 */
const GatewayContext = createContext<WordGateway | null>(null);
const CapabilitiesContext = createContext<Capabilities | null>(null);

export function GatewayProvider({
  gateway,
  children,
}: {
  gateway: WordGateway;
  children: ReactNode;
}) {
  const capabilities = useMemo(() => gateway.capabilities(), [gateway]);
  return (
    <GatewayContext.Provider value={gateway}>
      <CapabilitiesContext.Provider value={capabilities}>{children}</CapabilitiesContext.Provider>
    </GatewayContext.Provider>
  );
}

export function useGateway(): WordGateway {
  const gateway = useContext(GatewayContext);
  if (!gateway) throw new Error("useGateway() needs a <GatewayProvider> above it.");
  return gateway;
}

/** What the running Word supports, read once when the pane opens. */
export function useCapabilities(): Capabilities {
  const caps = useContext(CapabilitiesContext);
  if (!caps) throw new Error("useCapabilities() needs a <GatewayProvider> above it.");
  return caps;
}
