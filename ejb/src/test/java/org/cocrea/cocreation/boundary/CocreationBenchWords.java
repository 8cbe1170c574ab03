package org.cocrea.cocreation.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of the co-creation benchmark's ideas and comments (a home-appliance maker's innovation
 * community): titles follow "verb [adjective] noun [for/in/with noun]"; descriptions and comments
 * draw word by word from {@link #text()}, whose order is the frequency rank (a power law, function
 * words first), so a search word matches from most ideas down to well under one per cent of them.
 * A third of the descriptions name a product line ({@link #PRODUCTS}, also by rank).
 */
final class CocreationBenchWords {

    private CocreationBenchWords() {}

    static final List<String> FUNCTION = words("""
            the and to of a for in with that is on we our it can be could this more customers when would so
            from they their at as or not by users time new need make use easy often every
            """);

    static final List<String> VERBS = words("""
            improve reduce add offer simplify automate redesign replace extend share track monitor connect
            allow enable introduce create test measure predict shorten lower upgrade repair reuse recycle
            schedule remind personalise standardise streamline digitise bundle rent refill translate visualise
            integrate label pack deliver install explain clean descale ventilate insulate
            """);

    static final List<String> ADJECTIVES = words("""
            quieter smarter faster cheaper simpler safer cleaner greener modular reusable compact wireless
            digital portable local seasonal shared mobile automatic transparent flexible recyclable durable
            lighter connected personal predictive refillable biodegradable ergonomic silent intuitive
            multilingual remote solar premium affordable instant weekly monthly family professional compact
            hygienic washable adjustable stackable foldable accessible efficient reliable robust optional
            """);

    static final List<String> NOUNS = words("""
            dishwasher oven app kitchen energy water service fridge filter cleaning cooking delivery door
            display packaging customer repair installation recipe coffee noise warranty sensor timer light
            freezer hob hood microwave kettle toaster blender mixer grinder steamer appliance cartridge
            detergent tablet capsule hinge handle drawer shelf basket rack tray lid seal gasket thermostat
            touchscreen button knob alarm lamp fan motor pump valve hose cable plug battery charger firmware
            update notification dashboard account login password profile subscription spare manual menu
            baking descaling heat steam smell odour crumbs grease limescale cardboard plastic pallet barcode
            shipping courier warehouse stock inventory supplier component factory assembly production
            quality inspection defect return refund complaint hotline chat chatbot email newsletter survey
            feedback review rating community forum event workshop training onboarding installer technician
            visit appointment calendar route van tool toolkit diagnosis error log data analytics report
            forecast price discount voucher loyalty points bundle offer trial rental leasing financing invoice
            payment checkout shop store showroom retailer partner dealer catalogue website search photo video
            tutorial guide sustainability recycling carbon footprint emission waste material steel glass
            aluminium wood bamboo colour design size weight space storage countertop sink tap drain pipe
            ventilation lighting home assistant speaker wifi bluetooth network cloud security privacy consent
            accessibility children household restaurant canteen hotel bakery catering chef employee team
            office meeting process workflow approval handover shift safety accident ergonomics forklift
            maintenance cleaner brush sponge towel apron glove knife pan pot bowl plate cup bottle jar
            container label sticker voice gesture camera scale thermometer probe grill rotisserie pizza bread
            dough yoghurt soup sauce vegetables fruit ice drinks wine beer milk tea spices oil salt sugar
            """);

    /** Further content words for descriptions and comments, less frequent than the ones above. */
    static final List<String> OTHER = words("""
            because however maybe already currently especially probably instead together without during
            between against around through before after while since although unless whether pilot prototype
            budget cost saving margin revenue market competitor trend survey interview persona journey
            requirement feature option setting mode program cycle temperature minutes hours weekend morning
            evening night holiday season winter summer spring autumn north south region city village country
            apartment house garden balcony garage cellar neighbour friend parent student senior beginner
            expert hobby guest party dinner breakfast lunch snack leftovers portion diet allergy vegan gluten
            lactose nutrition health comfort convenience reliability durability efficiency frustration
            problem solution idea suggestion proposal question answer example experience habit routine
            mistake risk benefit impact effort value priority goal target metric kpi roadmap release version
            backlog sprint stakeholder sponsor manager director legal compliance regulation standard label
            certificate audit supplier contract partner agreement license patent brand logo slogan campaign
            advert social influencer podcast blog magazine newspaper fair exhibition demo launch
            """);

    static final List<String> PRODUCTS = words("""
            Aurora Borealis Cirrus Delta Ember Fjord Glacier Halo Ion Juniper Kestrel Lumen Meridian Nimbus
            Onyx Polaris Quartz Rivulet Sierra Tundra Umbra Vega Willow Xenon Yarrow Zephyr Atlas Breeze
            Cobalt Dune Echo Falcon Garnet Harbor Iris Jade Krypton Lotus Mistral Nova Orion Pebble Quill
            Raven Solstice Topaz Vertex Yukon Zenith Amber Basalt Cedar Dahlia Elm Flint Granite Heron Indigo
            """);

    static final List<String> TAGS = words("""
            energy cleaning app service packaging sustainability cooking noise safety accessibility
            installation repair pricing delivery water design smart-home recycling warranty training
            maintenance community partner retail quality logistics hygiene digital elderly family
            """);

    static final List<String> PREPOSITIONS = List.of("for", "in", "with", "of", "at");

    /**
     * The vocabulary of descriptions and comments in rank order: function words, then nouns, verbs,
     * adjectives and the other words interleaved (distinct words only).
     */
    static List<String> text() {
        List<String> out = new ArrayList<>(FUNCTION);
        List<List<String>> groups = List.of(NOUNS, VERBS, ADJECTIVES, OTHER);
        int longest = groups.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> g : groups) {
                if (i < g.size() && !out.contains(g.get(i))) {
                    out.add(g.get(i));
                }
            }
        }
        return out;
    }

    /** An SQL array literal of the words, e.g. {@code array['a','b']::text[]}. */
    static String sqlArray(List<String> words) {
        return words.stream()
                .map(w -> "'" + w.replace("'", "''") + "'")
                .collect(Collectors.joining(",", "array[", "]::text[]"));
    }

    private static List<String> words(String block) {
        List<String> out = new ArrayList<>();
        for (String w : block.strip().split("\\s+")) {
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    static String describe() {
        return String.format(
                Locale.ROOT,
                "%d words in descriptions and comments (%d function words), %d verbs, %d adjectives, %d nouns in"
                        + " titles, %d product names, %d tags",
                text().size(),
                FUNCTION.size(),
                VERBS.size(),
                ADJECTIVES.size(),
                NOUNS.size(),
                PRODUCTS.size(),
                TAGS.size());
    }

    static List<String> sample(List<String> words, int... ranks) {
        return Arrays.stream(ranks)
                .mapToObj(r -> words.get(Math.min(r, words.size() - 1)))
                .toList();
    }
}
