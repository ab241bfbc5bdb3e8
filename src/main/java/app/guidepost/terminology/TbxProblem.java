package app.guidepost.terminology;

/** Something wrong at one line of a TBX file: the entry or term it names was left out. */
public record TbxProblem(int line, String message) {

  @Override
  public String toString() {
    return line + ": " + message;
  }
}
