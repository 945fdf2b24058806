import { useEffect, useState } from "react";
import type { Register } from "../../core/anonymise/register";
import { registerFromXml } from "../../docx/custom-xml/register-xml";
import { REGISTER_NAMESPACE } from "../../docx/custom-xml/xml-util";
import { useCapabilities, useGateway } from "../context/GatewayContext";

/**
 * The anonymising register kept in the document, if there is one and it can be read; undefined
 * otherwise (the "Contact with" list then offers only the people the document names). Read once
 * per `version` (pass a value that changes when the document is read again).
 */
export function usePeopleRegister(version: unknown): Register | undefined {
  const gateway = useGateway();
  const caps = useCapabilities();
  const [register, setRegister] = useState<Register | undefined>(undefined);
  useEffect(() => {
    if (!caps.customXml) return;
    let live = true;
    gateway.readCustomXml(REGISTER_NAMESPACE).then(
      (xml) => {
        if (!live) return;
        const parsed = xml === undefined ? undefined : registerFromXml(xml);
        setRegister(parsed?.ok ? parsed.value : undefined);
      },
      () => {
        // Optional: without the register the list offers the names the document gives.
        if (live) setRegister(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [gateway, caps.customXml, version]);
  return register;
}
