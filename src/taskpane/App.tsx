import { Suspense, useMemo, useState } from "react";
import {
  AriaLiveAnnouncer,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { Capabilities, WordGateway } from "../word/gateway";
import { CapabilityNotice } from "./components/CapabilityNotice";
import { PanelErrorBoundary } from "./components/PanelErrorBoundary";
import { GatewayProvider, useCapabilities } from "./context/GatewayContext";
import { ConfigProvider, useConfigState } from "./config/ConfigContext";
import { OrganisationNotice } from "./config/OrganisationNotice";
import { TABS, type TabSpec } from "./tabs";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    boxSizing: "border-box",
    maxWidth: "40rem",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Five tabs do not fit a 350 px pane at the default size: small tabs, wrapping if need be.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

/** The tabs this Word can run: every feature needs the core requirement set. */
export function availableTabs(
  caps: Capabilities,
  tabs: readonly TabSpec[] = TABS,
): readonly TabSpec[] {
  return caps.core ? tabs : [];
}

function Shell() {
  const styles = useStyles();
  const caps = useCapabilities();
  // Panels work with the organisation's packs and check options: they wait until those load.
  const config = useConfigState().status;
  const tabs = useMemo(() => availableTabs(caps), [caps]);
  const uses = useMemo(() => tabs.flatMap((t) => t.uses), [tabs]);
  const [selected, setSelected] = useState<string | undefined>(tabs[0]?.id);
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];

  return (
    <main className={styles.root}>
      <Text as="h1" className={styles.title}>
        IMR Assistant
      </Text>
      <OrganisationNotice />
      <CapabilityNotice caps={caps} uses={uses} />
      {current && (
        <>
          <TabList
            size="small"
            className={styles.tabs}
            selectedValue={current.id}
            onTabSelect={(_e, data) => setSelected(String(data.value))}
            aria-label="Features"
          >
            {tabs.map((t) => (
              <Tab
                key={t.id}
                id={`imr-tab-${t.id}`}
                value={t.id}
                aria-controls={`imr-panel-${t.id}`}
              >
                {t.label}
              </Tab>
            ))}
          </TabList>
          <div
            className={styles.panel}
            role="tabpanel"
            id={`imr-panel-${current.id}`}
            aria-labelledby={`imr-tab-${current.id}`}
          >
            <PanelErrorBoundary key={current.id}>
              {config === "ready" ? (
                <Suspense fallback={<Spinner size="small" label="Loading…" />}>
                  <current.Panel />
                </Suspense>
              ) : (
                // "failed": OrganisationNotice says what to do.
                config === "loading" && <Spinner size="small" label="Loading…" />
              )}
            </PanelErrorBoundary>
          </div>
        </>
      )}
    </main>
  );
}

/** The task pane. `gateway` is the only way in to Word; `theme` follows Office's theme. */
export function App({ gateway, theme }: { gateway: WordGateway; theme: Theme }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <AriaLiveAnnouncer>
        <GatewayProvider gateway={gateway}>
          <ConfigProvider>
            <Shell />
          </ConfigProvider>
        </GatewayProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
