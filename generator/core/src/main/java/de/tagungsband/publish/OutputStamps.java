package de.tagungsband.publish;

import de.tagungsband.publish.OutputManifest.OutputFile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The size and modification time of every file a build wrote: enough to tell, without reading a file, whether an
 * output folder still holds what was written. A large archive has some 60,000 files, and a build that finds nothing
 * to do reads and checks all of them, so they are kept by folder, each file name once (a page's folder holds
 * {@code index.html} and its citation files): a folder's path is made once, and each file's path from it and its
 * name without parsing text again.
 */
public final class OutputStamps {

    public static final OutputStamps EMPTY = new OutputStamps(new String[0], new int[0], new String[0], new int[0],
            new long[0], new long[0]);

    private final String[] folders;
    private final int[] folderEnd;
    private final String[] names;
    private final int[] nameOf;
    private final long[] sizes;
    private final long[] modified;

    /**
     * @param folders each folder's site path ({@code ""} for the root)
     * @param folderEnd the index after the last file of each folder (files are in folder order)
     * @param names the distinct file names
     * @param nameOf each file's name, as an index into {@code names}
     * @param modified each file's modification time in nanoseconds since the epoch
     */
    private OutputStamps(String[] folders, int[] folderEnd, String[] names, int[] nameOf, long[] sizes,
                         long[] modified) {
        this.folders = folders;
        this.folderEnd = folderEnd;
        this.names = names;
        this.nameOf = nameOf;
        this.sizes = sizes;
        this.modified = modified;
    }

    /** The stamps of the files of a manifest, by site path. */
    static OutputStamps of(Map<String, OutputFile> files) {
        String[] paths = files.keySet().toArray(String[]::new);
        Arrays.sort(paths);
        List<String> folders = new ArrayList<>();
        List<Integer> folderEnd = new ArrayList<>();
        Map<String, Integer> nameIndex = new HashMap<>();
        int[] nameOf = new int[paths.length];
        long[] sizes = new long[paths.length];
        long[] modified = new long[paths.length];
        for (int i = 0; i < paths.length; i++) {
            int slash = paths[i].lastIndexOf('/');
            String folder = slash < 0 ? "" : paths[i].substring(0, slash);
            if (folders.isEmpty() || !folders.get(folders.size() - 1).equals(folder)) {
                folders.add(folder);
                folderEnd.add(i);
            }
            folderEnd.set(folders.size() - 1, i + 1);
            nameOf[i] = nameIndex.computeIfAbsent(paths[i].substring(slash + 1), name -> nameIndex.size());
            OutputFile file = files.get(paths[i]);
            sizes[i] = file.size();
            modified[i] = file.modified();
        }
        String[] names = new String[nameIndex.size()];
        nameIndex.forEach((name, index) -> names[index] = name);
        return new OutputStamps(folders.toArray(String[]::new), folderEnd.stream().mapToInt(Integer::intValue).toArray(),
                names, nameOf, sizes, modified);
    }

    public int count() {
        return sizes.length;
    }

    /** The site path of the file at {@code index} (files are in the order of their paths). */
    public String path(int index) {
        int folder = Arrays.binarySearch(folderEnd, index + 1);
        folder = folder >= 0 ? folder : -folder - 1;
        String name = names[nameOf[index]];
        return folders[folder].isEmpty() ? name : folders[folder] + "/" + name;
    }

    public long size(int index) {
        return sizes[index];
    }

    public long modified(int index) {
        return modified[index];
    }

    /** Whether every file is still in {@code out} with the size and time it had (the folders on all cores). */
    boolean heldIn(Path out) {
        Path[] namePaths = Arrays.stream(names).map(name -> out.getFileSystem().getPath(name)).toArray(Path[]::new);
        return IntStream.range(0, folders.length).parallel().allMatch(folder -> {
            Path path = out.resolve(folders[folder]);
            for (int i = folder == 0 ? 0 : folderEnd[folder - 1]; i < folderEnd[folder]; i++) {
                if (!OutputFile.unchanged(path.resolve(namePaths[nameOf[i]]), sizes[i], modified[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Writes the stamps compactly, the numbers as whole arrays, for {@link #read}. */
    public void write(DataOutput out) throws IOException {
        strings(out, names);
        strings(out, folders);
        out.writeInt(nameOf.length);
        ByteBuffer numbers = ByteBuffer.allocate((folderEnd.length + nameOf.length) * Integer.BYTES
                + (sizes.length + modified.length) * Long.BYTES);
        numbers.asIntBuffer().put(folderEnd).put(nameOf);
        numbers.position((folderEnd.length + nameOf.length) * Integer.BYTES);
        numbers.asLongBuffer().put(sizes).put(modified);
        out.write(numbers.array());
    }

    /** Reads what {@link #write} wrote. */
    public static OutputStamps read(DataInput in) throws IOException {
        String[] names = strings(in);
        String[] folders = strings(in);
        int count = count(in);
        ByteBuffer numbers = ByteBuffer.wrap(bytes(in,
                ((long) folders.length + count) * Integer.BYTES + 2L * count * Long.BYTES));
        int[] folderEnd = new int[folders.length];
        int[] nameOf = new int[count];
        numbers.asIntBuffer().get(folderEnd).get(nameOf);
        numbers.position((folders.length + count) * Integer.BYTES);
        long[] sizes = new long[count];
        long[] modified = new long[count];
        numbers.asLongBuffer().get(sizes).get(modified);
        int start = 0;
        for (int end : folderEnd) {
            if (end <= start || end > count) {
                throw new IOException("not the end of a folder's files: " + end);
            }
            start = end;
        }
        if (start != count) {
            throw new IOException("files in no folder");
        }
        for (int name : nameOf) {
            if (name < 0 || name >= names.length) {
                throw new IOException("no file name " + name);
            }
        }
        return new OutputStamps(folders, folderEnd, names, nameOf, sizes, modified);
    }

    /** Strings as their lengths, then all their bytes: one read each, not one per string. */
    private static void strings(DataOutput out, String[] values) throws IOException {
        byte[][] encoded = new byte[values.length][];
        ByteBuffer lengths = ByteBuffer.allocate(values.length * Integer.BYTES);
        for (int i = 0; i < values.length; i++) {
            encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
            lengths.putInt(encoded[i].length);
        }
        out.writeInt(values.length);
        out.write(lengths.array());
        for (byte[] bytes : encoded) {
            out.write(bytes);
        }
    }

    private static String[] strings(DataInput in) throws IOException {
        int count = count(in);
        ByteBuffer lengthBytes = ByteBuffer.wrap(bytes(in, (long) count * Integer.BYTES));
        int[] lengths = new int[count];
        lengthBytes.asIntBuffer().get(lengths);
        long total = 0;
        for (int length : lengths) {
            if (length < 0) {
                throw new IOException("not a length: " + length);
            }
            total += length;
        }
        byte[] bytes = bytes(in, total);
        String[] values = new String[lengths.length];
        for (int i = 0, start = 0; i < values.length; start += lengths[i], i++) {
            values[i] = new String(bytes, start, lengths[i], StandardCharsets.UTF_8);
        }
        return values;
    }

    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("not a count: " + count);
        }
        return count;
    }

    /**
     * The next {@code length} bytes, read in steps: a damaged file that names a huge length ends before the reader
     * has asked for much more memory than the file has bytes.
     */
    private static byte[] bytes(DataInput in, long length) throws IOException {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("not a length: " + length);
        }
        byte[] bytes = new byte[(int) Math.min(length, 1 << 20)];
        int read = 0;
        while (read < length) {
            if (read == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(length, 2L * bytes.length));
            }
            in.readFully(bytes, read, bytes.length - read);
            read = bytes.length;
        }
        return bytes;
    }
}
