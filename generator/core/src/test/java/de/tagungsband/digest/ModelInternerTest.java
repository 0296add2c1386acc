package de.tagungsband.digest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ModelInternerTest {

    record Leaf(String name, int number) {
    }

    /** Compares by key only, as the model's sessions and events do (by page path). */
    record Keyed(String key, String text) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Keyed that && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    record Node(Leaf leaf, List<Leaf> leaves, Optional<Leaf> maybe, Keyed keyed) {
    }

    record WithSet(Set<String> names) {
    }

    private final ModelInterner first = new ModelInterner(Optional.empty());

    @Test
    void anObjectMadeAgainFromTheSamePartsIsTheLastBuildsObject() {
        Leaf leaf = first.reuse(new Leaf(new String("a"), 1));
        Keyed keyed = first.reuse(new Keyed("k", "text"));
        Node node = first.reuse(new Node(leaf, List.of(leaf), Optional.of(leaf), keyed));

        ModelInterner second = new ModelInterner(Optional.of(first));
        Leaf leafAgain = second.reuse(new Leaf(new String("a"), 1));
        Keyed keyedAgain = second.reuse(new Keyed("k", "text"));
        Node nodeAgain = second.reuse(new Node(leafAgain, List.of(leafAgain), Optional.of(leafAgain), keyedAgain));

        assertSame(leaf, leafAgain);
        assertSame(node, nodeAgain);
        // and the build after that finds them again through this one
        ModelInterner third = new ModelInterner(Optional.of(second));
        assertSame(leaf, third.reuse(new Leaf("a", 1)));
    }

    @Test
    void anObjectWithOnePartChangedIsTheNewObject() {
        Leaf leaf = first.reuse(new Leaf("a", 1));
        Keyed keyed = first.reuse(new Keyed("k", "text"));
        first.reuse(new Node(leaf, List.of(leaf), Optional.empty(), keyed));
        ModelInterner second = new ModelInterner(Optional.of(first));

        assertNotSame(leaf, second.reuse(new Leaf("a", 2)), "a number");
        assertNotSame(leaf, second.reuse(new Leaf("b", 1)), "a string");
        // equal by its own equals, but other data: parts are matched by identity, never by equals
        Keyed otherText = second.reuse(new Keyed("k", "other text"));
        assertEquals(keyed, otherText);
        assertNotSame(keyed, otherText);
        Node withOtherText = new Node(leaf, List.of(leaf), Optional.empty(), otherText);
        assertSame(withOtherText, second.reuse(withOtherText));

        Node longerList = new Node(leaf, List.of(leaf, leaf), Optional.empty(), keyed);
        assertSame(longerList, second.reuse(longerList));
        Node present = new Node(leaf, List.of(leaf), Optional.of(leaf), keyed);
        assertSame(present, second.reuse(present));
        Node sameParts = new Node(leaf, List.of(leaf), Optional.empty(), keyed);
        assertNotSame(sameParts, second.reuse(sameParts), "with all parts the same it is the last build's");
    }

    @Test
    void setsAndMapsAreNeverTakenForTheLastBuilds() {
        WithSet withSet = first.reuse(new WithSet(Set.of("a")));
        ModelInterner second = new ModelInterner(Optional.of(first));
        WithSet again = new WithSet(Set.of("a"));
        assertSame(again, second.reuse(again));
        assertSame(withSet, second.reuse(withSet), "the very same set");
    }
}
