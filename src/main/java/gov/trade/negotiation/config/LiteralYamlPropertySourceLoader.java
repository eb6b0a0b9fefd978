package gov.trade.negotiation.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML files like Spring Boot's own loader (flattened keys, file, line and column of every value), except
 * that every scalar keeps its literal text. YAML 1.1 reads party codes such as {@code NO} (Norway), {@code ON} or
 * {@code Y} as booleans, which Spring would bind as {@code 'false'} or {@code 'true'}; here they stay what was
 * written. Where a boolean is wanted, Spring converts {@code true}, {@code on} or {@code yes} as before.
 * Registered in {@code META-INF/spring.factories} ahead of Spring Boot's loader.
 */
public class LiteralYamlPropertySourceLoader implements PropertySourceLoader, Ordered {

    private static final String MERGE_KEY = "<<";

    @Override
    public String[] getFileExtensions() {
        return new String[] {"yml", "yaml"};
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            for (Node document : new Yaml(options).composeAll(reader)) {
                Map<String, Object> flat = new LinkedHashMap<>();
                flatten("", document, flat, resource);
                documents.add(flat);
            }
        }
        List<PropertySource<?>> sources = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String documentName = documents.size() == 1 ? name : name + " (document #" + i + ")";
            sources.add(new OriginTrackedMapPropertySource(documentName, documents.get(i), true));
        }
        return sources;
    }

    private static void flatten(String path, Node node, Map<String, Object> result, Resource resource) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyOf(tuple.getKeyNode());
                if (MERGE_KEY.equals(key)) {
                    Map<String, Object> merged = new LinkedHashMap<>();
                    mergedMappings(tuple.getValueNode()).forEach(m -> flatten(path, m, merged, resource));
                    merged.forEach(result::putIfAbsent);
                } else {
                    flatten(join(path, key), tuple.getValueNode(), result, resource);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            if (sequence.getValue().isEmpty()) {
                result.put(path, "");
            }
            for (int i = 0; i < sequence.getValue().size(); i++) {
                flatten(path + "[" + i + "]", sequence.getValue().get(i), result, resource);
            }
        } else if (node instanceof ScalarNode scalar) {
            String value = Tag.NULL.equals(scalar.getTag()) ? "" : scalar.getValue();
            result.put(path, OriginTrackedValue.of(value, new TextResourceOrigin(resource,
                    new TextResourceOrigin.Location(scalar.getStartMark().getLine(), scalar.getStartMark().getColumn()))));
        }
    }

    private static List<Node> mergedMappings(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
    }

    private static String keyOf(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(node);
    }

    /** Like Spring's YAML flattening: a key that starts with '[' is appended as it is, any other after a dot. */
    private static String join(String path, String key) {
        if (path.isEmpty()) {
            return key;
        }
        return key.startsWith("[") ? path + key : path + "." + key;
    }
}
