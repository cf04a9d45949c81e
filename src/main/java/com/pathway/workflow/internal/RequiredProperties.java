package com.pathway.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.pathway.workflow.PropertyRequirement;
import com.pathway.workflow.WorkflowPlugin;

/**
 * The properties each workflow must carry, by workflow name: what the plugin whose default definition
 * has that name declares. A workflow of no plugin needs none.
 */
@Component
public class RequiredProperties {

    static final RequiredProperties NONE = new RequiredProperties(name -> List.of());

    private final Function<String, List<PropertyRequirement>> lookup;

    RequiredProperties(Function<String, List<PropertyRequirement>> lookup) {
        this.lookup = lookup;
    }

    @Autowired
    public RequiredProperties(ObjectProvider<WorkflowPlugin> plugins) {
        // Read lazily, once: the plugins' resources are parsed the first time a definition is checked.
        java.util.function.Supplier<Map<String, List<PropertyRequirement>>> byName =
                org.springframework.util.function.SingletonSupplier.of(() -> {
                    Map<String, List<PropertyRequirement>> all = new ConcurrentHashMap<>();
                    plugins.orderedStream().forEach(p -> all.merge(workflowName(p), p.requiredProperties(),
                            RequiredProperties::concat));
                    return all;
                });
        this.lookup = name -> byName.get().getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The requirements of the workflow with this name (case ignored). */
    public List<PropertyRequirement> of(String workflowName) {
        return lookup.apply(workflowName);
    }

    private static List<PropertyRequirement> concat(List<PropertyRequirement> a, List<PropertyRequirement> b) {
        List<PropertyRequirement> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String workflowName(WorkflowPlugin plugin) {
        try (InputStream in = new ClassPathResource(plugin.definitionResource()).getInputStream()) {
            String name = DefinitionYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).name();
            return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read workflow definition " + plugin.definitionResource(), e);
        }
    }
}
