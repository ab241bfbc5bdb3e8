package app.guidepost.platform;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way Guidepost reads XML that people send or ship (XLIFF jobs, TBX termbases): a
 * streaming parser that never reads a DTD or an outside entity, so the classic XML attacks
 * (XXE, billion laughs) have nothing to expand. Readers still refuse a DOCTYPE they meet.
 */
public final class SafeXml {

  private static final XMLInputFactory FACTORY = secureFactory();

  private SafeXml() {}

  /** A configured factory; creating readers from it is thread-safe. */
  public static XMLInputFactory inputFactory() {
    return FACTORY;
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }
}
