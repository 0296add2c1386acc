package de.tagungsband.model;

import de.tagungsband.record.NameParts;
import de.tagungsband.record.PersonKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an index files a name: persons under their family name, collective names and organisations as written. */
class SortNameTest {

    @Test
    void aCollectiveNameGivenAsTextStandsUnderItsFirstWord() {
        assertEquals("Vertreterinnen und Vertreter der Landkreise",
                Person.unregistered("Vertreterinnen und Vertreter der Landkreise", PersonKind.PERSON).sortName());
        assertEquals("Team Beratung & Begleitung",
                Person.unregistered("Team Beratung & Begleitung", PersonKind.PERSON).sortName());
        assertEquals("Omse e.V.", Person.unregistered("Omse e.V.", PersonKind.PERSON).sortName());
    }

    @Test
    void aPersonsNameStandsUnderTheFamilyNameRegisteredOrNot() {
        assertEquals("Pohl Kerstin", Person.unregistered("Kerstin Pohl", PersonKind.PERSON).sortName());
        assertEquals("Alemann Ulrich von", Person.unregistered("Ulrich von Alemann", PersonKind.PERSON).sortName(),
                "a particle is no sign of a collective name");
        assertEquals("Grehl-Schmitt", Person.unregistered("Grehl-Schmitt", PersonKind.PERSON).sortName());
        Person registered = new Person("vertreter", "Vertreter und Vertreterinnen", PersonKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), "personen/vertreter/");
        assertEquals("Vertreterinnen Vertreter und", registered.sortName(), "a registered person keeps family-name sorting");
        Person castro = new Person("castro", "María do Mar Castro Varela", PersonKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), "personen/castro/", new NameParts(Optional.empty(), Optional.empty(),
                Optional.of("Castro Varela")));
        assertEquals("Castro Varela María do Mar", castro.sortName(), "people.yaml's family name");
        assertEquals("Landesarbeitsgemeinschaft Soziale Arbeit", Person.unregistered(
                "Landesarbeitsgemeinschaft Soziale Arbeit", PersonKind.ORGANISATION).sortName());
    }
}
