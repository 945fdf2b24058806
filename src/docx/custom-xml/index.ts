export { QA_NAMESPACE, REGISTER_NAMESPACE } from "./xml-util";
export { qaToXml, qaFromXml, qaLoadFromXml } from "./qa-xml";
export { registerToXml, registerFromXml, CURRENT_REGISTER_SCHEMA_VERSION } from "./register-xml";
export {
  readCustomXmlParts,
  readCustomXmlPart,
  writeCustomXmlPart,
  removeCustomXmlPart,
  readQaState,
  writeQaState,
  readRegister,
  writeRegister,
  itemIdFor,
  type CustomXmlPart,
  type WriteResult,
} from "./parts";
