package app.guidepost;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages' layering, from the compiled classes: each package may use the ones below it,
 * never one above, and no two packages depend on each other. A change that needs an upward
 * call sends an event defined below (as {@code changes.ContentChanged}) or moves the shared
 * value down; {@code boot} is the one place that wires everything together.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("app.guidepost");

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    // Each package its own slice, search.index and search.analysis apart from search.
    slices().matching("app.guidepost.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("composition root").definedBy("app.guidepost.boot..")
        .layer("web and operations").definedBy("app.guidepost.api..", "app.guidepost.pages..", "app.guidepost.metrics..")
        .layer("use cases").definedBy("app.guidepost.editing..", "app.guidepost.walkthrough..", "app.guidepost.support..",
            "app.guidepost.analytics..", "app.guidepost.content..")
        .layer("search").definedBy("app.guidepost.search..")
        .layer("domain").definedBy("app.guidepost.guide..", "app.guidepost.article..", "app.guidepost.files..", "app.guidepost.vocabulary..",
            "app.guidepost.account..", "app.guidepost.terminology..",
            "app.guidepost.audit..", "app.guidepost.changes..")
        .layer("foundation").definedBy("app.guidepost.render..", "app.guidepost.i18n..", "app.guidepost.platform..")
        .layer("text rules").definedBy("app.guidepost.text..")
        .whereLayer("composition root").mayNotBeAccessedByAnyLayer()
        .whereLayer("web and operations").mayOnlyBeAccessedByLayers("composition root")
        .whereLayer("use cases").mayOnlyBeAccessedByLayers("composition root", "web and operations")
        .whereLayer("search").mayOnlyBeAccessedByLayers("composition root", "web and operations", "use cases")
        .whereLayer("domain").mayOnlyBeAccessedByLayers("composition root", "web and operations", "use cases", "search")
        .whereLayer("foundation").mayOnlyBeAccessedByLayers("composition root", "web and operations", "use cases", "search", "domain")
        .check(CLASSES);
  }
}
