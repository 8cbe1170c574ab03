package org.cocrea.climate.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in survey instruments in {@code climate/instruments/} are complete, bilingual and well formed. */
class BuiltInInstrumentsTest {

    private static final String FOLDER = "climate/instruments/";

    private static final List<String> KEYS = List.of(
            "innovation-climate",
            "customer-engagement",
            "value-co-creation",
            "innovation-performance",
            "customer-experience");

    private static final Set<String> CONSTRUCTS = Set.of(
            "INNOVATION_CLIMATE",
            "CUSTOMER_ENGAGEMENT",
            "VALUE_CO_CREATION",
            "INNOVATION_PERFORMANCE",
            "CUSTOMER_EXPERIENCE");

    private static final Set<String> RESPONDENTS = Set.of("EMPLOYEE", "CUSTOMER");

    private static final Set<String> GROUPS = Set.of("participation", "citizenship");

    private static final Set<String> INSTRUMENT_FIELDS = Set.of(
            "key",
            "construct",
            "respondent",
            "scalePoints",
            "name",
            "description",
            "instructions",
            "anchors",
            "basis",
            "factors");

    private static final Set<String> FACTOR_FIELDS = Set.of("key", "group", "name", "description", "items");

    private static final Set<String> ITEM_FIELDS = Set.of("key", "en", "zh", "reverse");

    private static final Set<String> ANCHOR_FIELDS = Set.of("value", "en", "zh");

    private static final Set<String> TEXT_FIELDS = Set.of("en", "zh");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static Stream<String> keys() {
        return KEYS.stream();
    }

    private static JsonObject load(String key) {
        String resource = FOLDER + key + ".json";
        try (InputStream in = BuiltInInstrumentsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void hasTheAgreedShape(String key) {
        JsonObject instrument = load(key);

        assertThat(instrument.keySet()).as(key).containsExactlyInAnyOrderElementsOf(INSTRUMENT_FIELDS);
        assertThat(instrument.getString("key")).isEqualTo(key);
        assertThat(instrument.getString("construct")).isIn(CONSTRUCTS);
        assertThat(instrument.getString("respondent")).isIn(RESPONDENTS);
        assertThat(instrument.getInt("scalePoints")).isIn(5, 7);
        for (String field : List.of("name", "description", "instructions", "basis")) {
            assertBilingual(instrument.getJsonObject(field), key + "." + field);
        }
        assertThat(instrument.getJsonArray("factors")).as(key + ".factors").isNotEmpty();
        for (JsonValue value : instrument.getJsonArray("factors")) {
            JsonObject factor = value.asJsonObject();
            String where = key + "." + factor.getString("key", "?");
            assertThat(factor.keySet()).as(where).containsExactlyInAnyOrderElementsOf(FACTOR_FIELDS);
            assertBilingual(factor.getJsonObject("name"), where + ".name");
            assertBilingual(factor.getJsonObject("description"), where + ".description");
            JsonValue group = factor.get("group");
            if (group.getValueType() != JsonValue.ValueType.NULL) {
                assertThat(((JsonString) group).getString())
                        .as(where + ".group")
                        .isIn(GROUPS);
            }
            for (JsonValue itemValue : factor.getJsonArray("items")) {
                JsonObject item = itemValue.asJsonObject();
                String itemWhere = where + "." + item.getString("key", "?");
                assertThat(item.keySet()).as(itemWhere).containsExactlyInAnyOrderElementsOf(ITEM_FIELDS);
                assertNotBlank(item, "en", itemWhere);
                assertNotBlank(item, "zh", itemWhere);
                assertThat(item.get("reverse").getValueType())
                        .as(itemWhere + ".reverse")
                        .isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void anchorsRunFromOneToTheNumberOfScalePoints(String key) {
        JsonObject instrument = load(key);
        int points = instrument.getInt("scalePoints");
        JsonArray anchors = instrument.getJsonArray("anchors");

        assertThat(anchors).as(key + ".anchors").hasSize(points);
        for (int i = 0; i < points; i++) {
            JsonObject anchor = anchors.getJsonObject(i);
            String where = key + ".anchors[" + i + "]";
            assertThat(anchor.keySet()).as(where).containsExactlyInAnyOrderElementsOf(ANCHOR_FIELDS);
            assertThat(anchor.getInt("value")).as(where).isEqualTo(i + 1);
            assertNotBlank(anchor, "en", where);
            assertNotBlank(anchor, "zh", where);
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void factorAndItemKeysAreWellFormedAndUnique(String key) {
        JsonObject instrument = load(key);
        Set<String> factorKeys = new HashSet<>();
        Set<String> itemKeys = new HashSet<>();

        for (JsonObject factor : factors(instrument)) {
            String factorKey = factor.getString("key");
            assertThat(factorKey).as(key + " factor key").matches(KEY);
            assertThat(factorKeys.add(factorKey))
                    .as(key + ": duplicate factor key " + factorKey)
                    .isTrue();
            for (JsonObject item : items(factor)) {
                String itemKey = item.getString("key");
                assertThat(itemKey).as(key + " item key").matches(KEY);
                assertThat(itemKeys.add(itemKey))
                        .as(key + ": duplicate item key " + itemKey)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyFactorHasAtLeastThreeItems(String key) {
        for (JsonObject factor : factors(load(key))) {
            assertThat(items(factor)).as(key + "." + factor.getString("key")).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void noTwoItemsShareTheSameText(String key) {
        Set<String> english = new HashSet<>();
        Set<String> chinese = new HashSet<>();

        for (JsonObject factor : factors(load(key))) {
            for (JsonObject item : items(factor)) {
                assertThat(english.add(normalised(item.getString("en"))))
                        .as(key + ": English text of " + item.getString("key") + " repeats another item")
                        .isTrue();
                assertThat(chinese.add(normalised(item.getString("zh"))))
                        .as(key + ": Chinese text of " + item.getString("key") + " repeats another item")
                        .isTrue();
            }
        }
    }

    @Test
    void innovationClimateHasAReverseKeyedItem() {
        long reversed = factors(load("innovation-climate")).stream()
                .flatMap(factor -> items(factor).stream())
                .filter(item -> item.getBoolean("reverse"))
                .count();

        assertThat(reversed).isGreaterThanOrEqualTo(1);
    }

    @Test
    void eachInstrumentMeasuresItsConstructWithTheRightRespondentsAndScale() {
        assertThat(summary("innovation-climate")).isEqualTo("INNOVATION_CLIMATE EMPLOYEE 5");
        assertThat(summary("customer-engagement")).isEqualTo("CUSTOMER_ENGAGEMENT CUSTOMER 7");
        assertThat(summary("value-co-creation")).isEqualTo("VALUE_CO_CREATION CUSTOMER 7");
        assertThat(summary("innovation-performance")).isEqualTo("INNOVATION_PERFORMANCE EMPLOYEE 5");
        assertThat(summary("customer-experience")).isEqualTo("CUSTOMER_EXPERIENCE CUSTOMER 7");
    }

    @Test
    void factorsFollowTheConceptualModels() {
        assertThat(factorKeys("innovation-climate")).containsExactly("vision", "safety", "task", "support");
        assertThat(factorKeys("customer-engagement")).containsExactly("cognitive", "emotional", "behavioural");
        assertThat(factorKeys("innovation-performance")).containsExactly("products", "process", "speed", "commercial");
        assertThat(factorKeys("customer-experience")).containsExactly("functional", "emotional", "social");
        assertThat(factorKeys("value-co-creation"))
                .containsExactly(
                        "seeking",
                        "sharing",
                        "responsible",
                        "interaction",
                        "feedback",
                        "advocacy",
                        "helping",
                        "tolerance");
    }

    @Test
    void valueCoCreationGroupsEveryFactorAsParticipationOrCitizenship() {
        List<String> groups = new ArrayList<>();
        for (JsonObject factor : factors(load("value-co-creation"))) {
            assertThat(factor.isNull("group")).as(factor.getString("key")).isFalse();
            groups.add(factor.getString("group"));
        }

        assertThat(groups)
                .containsExactly(
                        "participation",
                        "participation",
                        "participation",
                        "participation",
                        "citizenship",
                        "citizenship",
                        "citizenship",
                        "citizenship");
    }

    @Test
    void onlyValueCoCreationGroupsItsFactors() {
        for (String key : KEYS) {
            if (!key.equals("value-co-creation")) {
                for (JsonObject factor : factors(load(key))) {
                    assertThat(factor.isNull("group"))
                            .as(key + "." + factor.getString("key"))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void theFolderHoldsExactlyTheListedInstruments() throws IOException, URISyntaxException {
        URL folder = BuiltInInstrumentsTest.class.getClassLoader().getResource(FOLDER);
        assertThat(folder).isNotNull();
        if (!"file".equals(folder.getProtocol())) {
            return; // packaged in a jar: the listed keys were checked one by one above
        }
        List<String> found;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            found = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .toList();
        }

        assertThat(found).containsExactlyInAnyOrderElementsOf(KEYS);
    }

    private static String summary(String key) {
        JsonObject instrument = load(key);
        return instrument.getString("construct") + " " + instrument.getString("respondent") + " "
                + instrument.getInt("scalePoints");
    }

    private static List<String> factorKeys(String key) {
        return factors(load(key)).stream().map(f -> f.getString("key")).toList();
    }

    private static List<JsonObject> factors(JsonObject instrument) {
        return instrument.getJsonArray("factors").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> items(JsonObject factor) {
        return factor.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void assertBilingual(JsonObject text, String where) {
        assertThat(text).as(where).isNotNull();
        assertThat(text.keySet()).as(where).containsExactlyInAnyOrderElementsOf(TEXT_FIELDS);
        assertNotBlank(text, "en", where);
        assertNotBlank(text, "zh", where);
    }

    private static void assertNotBlank(JsonObject object, String field, String where) {
        assertThat(object.get(field)).as(where + "." + field + " is a string").isInstanceOf(JsonString.class);
        assertThat(object.getString(field)).as(where + "." + field).isNotBlank();
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
