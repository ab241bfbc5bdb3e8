package app.guidepost.search.lexicon;

import app.guidepost.i18n.Language;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The last lexicon learned, kept in the data folder so that a restarted instance searches across
 * languages from its first search instead of after seconds (or, on a large knowledge base,
 * minutes) of learning. Only a head start: the instance learns again from its index as it is, and
 * the file is replaced after every learning. A file that is missing, of another format, cut short
 * or changed is not read (a warning says why) and the instance learns as on a first start.
 */
public final class LexiconFile {

  private static final Logger LOG = Logger.getLogger(LexiconFile.class.getName());
  private static final int MAGIC = 0x47504c58; // "GPLX"
  /** Raised whenever what is written changes, or the words analysers make do. */
  static final int FORMAT = 1;

  private final Path file;

  public LexiconFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  /** The lexicon the file holds, if it can be read whole. */
  public Optional<Lexicon> read() {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      CRC32 crc = new CRC32();
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        LOG.log(Level.WARNING, "{0} is not a lexicon of this version; learning it again", file);
        return Optional.empty();
      }
      Map<Lexicon.Direction, Map<String, List<Rendering>>> renderings = new HashMap<>();
      Map<Lexicon.Direction, Integer> articles = new HashMap<>();
      int directions = in.readInt();
      for (int d = 0; d < directions; d++) {
        Lexicon.Direction direction = new Lexicon.Direction(language(in.readUTF()), language(in.readUTF()));
        articles.put(direction, in.readInt());
        int words = in.readInt();
        Map<String, List<Rendering>> byWord = new HashMap<>(words * 2);
        for (int w = 0; w < words; w++) {
          String word = in.readUTF();
          int count = in.readShort();
          List<Rendering> list = new ArrayList<>(count);
          for (int r = 0; r < count; r++) {
            list.add(new Rendering(in.readUTF(), in.readFloat()));
          }
          byWord.put(word, List.copyOf(list));
        }
        renderings.put(direction, byWord);
      }
      long expected = crc.getValue();
      if (new DataInputStream(raw).readLong() != expected || raw.read() != -1) {
        LOG.log(Level.WARNING, "{0} was changed or cut short; learning the lexicon again", file);
        return Optional.empty();
      }
      return Optional.of(new Lexicon(renderings, articles));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (EOFException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "{0} was changed or cut short ({1}); learning the lexicon again", new Object[] {file, e.toString()});
      return Optional.empty();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not read " + file + "; learning the lexicon again", e);
      return Optional.empty();
    }
  }

  /**
   * Replaces the file with {@code lexicon}: written beside it and moved into place, so that a
   * crash leaves the old file or the new one, never half of one.
   */
  public void write(Lexicon lexicon) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(part))) {
      CRC32 crc = new CRC32();
      DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      Map<Lexicon.Direction, Map<String, List<Rendering>>> all = lexicon.all();
      out.writeInt(all.size());
      for (Map.Entry<Lexicon.Direction, Map<String, List<Rendering>>> direction : all.entrySet()) {
        out.writeUTF(direction.getKey().from().code());
        out.writeUTF(direction.getKey().to().code());
        out.writeInt(lexicon.articles(direction.getKey()));
        out.writeInt(direction.getValue().size());
        for (Map.Entry<String, List<Rendering>> word : direction.getValue().entrySet()) {
          out.writeUTF(word.getKey());
          out.writeShort(word.getValue().size());
          for (Rendering rendering : word.getValue()) {
            out.writeUTF(rendering.word());
            out.writeFloat(rendering.confidence());
          }
        }
      }
      out.flush();
      new DataOutputStream(raw).writeLong(crc.getValue());
    }
    try {
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Language language(String code) {
    return Language.fromCode(code).orElseThrow(() -> new IllegalArgumentException("no language " + code));
  }
}
