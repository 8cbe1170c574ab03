package org.cocrea.climate.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.Text;

/**
 * Reads instruments from their JSON form (the built-in files under {@code climate/instruments/},
 * documented in the README there) with messages that name the path at fault.
 */
public final class InstrumentJson {

    /** The built-in instruments, in the order the library lists them. */
    public static final List<String> BUILT_IN = List.of(
            "innovation-climate",
            "customer-engagement",
            "value-co-creation",
            "innovation-performance",
            "customer-experience");

    private InstrumentJson() {}

    public static InstrumentDefinition builtIn(String key) {
        String path = "climate/instruments/" + key + ".json";
        try (InputStream in = InstrumentJson.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in instrument missing from the class path: " + path);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InstrumentDefinition read(Reader reader) {
        JsonObject o;
        try {
            o = Json.createReader(reader).readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("Not a JSON object: " + e.getMessage(), e);
        }
        try {
            List<InstrumentDefinition.AnchorDef> anchors = new ArrayList<>();
            for (JsonObject a : o.getJsonArray("anchors").getValuesAs(JsonObject.class)) {
                anchors.add(new InstrumentDefinition.AnchorDef(
                        a.getInt("value"), new Text(a.getString("en"), a.getString("zh"))));
            }
            List<InstrumentDefinition.FactorDef> factors = new ArrayList<>();
            for (JsonObject f : o.getJsonArray("factors").getValuesAs(JsonObject.class)) {
                List<InstrumentDefinition.ItemDef> items = new ArrayList<>();
                for (JsonObject i : f.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    items.add(new InstrumentDefinition.ItemDef(
                            i.getString("key"),
                            new Text(i.getString("en"), i.getString("zh")),
                            i.getBoolean("reverse", false)));
                }
                factors.add(new InstrumentDefinition.FactorDef(
                        f.getString("key"),
                        optionalString(f, "group"),
                        text(f, "name"),
                        optionalText(f, "description"),
                        List.copyOf(items)));
            }
            return new InstrumentDefinition(
                    o.getString("key"),
                    Construct.valueOf(o.getString("construct")),
                    Respondent.valueOf(o.getString("respondent")),
                    o.getInt("scalePoints"),
                    text(o, "name"),
                    optionalText(o, "description"),
                    optionalText(o, "instructions"),
                    optionalText(o, "basis"),
                    List.copyOf(anchors),
                    List.copyOf(factors));
        } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "The instrument JSON is incomplete or has a wrong type: " + e.getMessage(), e);
        }
    }

    private static Text text(JsonObject o, String name) {
        JsonObject t = o.getJsonObject(name);
        return new Text(t.getString("en"), t.getString("zh"));
    }

    private static Text optionalText(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.OBJECT ? text(o, name) : null;
    }

    private static String optionalString(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
