package org.packbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.Sku;

/** JSON for programs reading {@code --json}: field names as in the catalog's English headers. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> sku(Sku s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(CatalogField.SKU.column(), s.sku());
        m.put(CatalogField.GTIN.column(), s.gtin().digits());
        m.put(CatalogField.NAME_RU.column(), s.nameRu());
        m.put(CatalogField.NET_WEIGHT_G.column(), s.netWeightG());
        m.put(CatalogField.MANUFACTURER.column(), s.manufacturer());
        m.put(CatalogField.COUNTRY_OF_ORIGIN.column(), s.countryOfOrigin());
        m.put(CatalogField.EAC_CERT.column(), s.eacCert());
        m.put(CatalogField.HS_CODE.column(), s.hsCode());
        m.put(CatalogField.LENGTH_MM.column(), s.lengthMm());
        m.put(CatalogField.WIDTH_MM.column(), s.widthMm());
        m.put(CatalogField.HEIGHT_MM.column(), s.heightMm());
        m.put(CatalogField.DECLARED_VALUE_USD.column(), s.declaredValueUsd());
        m.put(CatalogField.MARKETPLACE.column(), s.marketplace().code());
        return m;
    }

    static Map<String, Object> problem(ImportProblem p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("value", p.value());
        m.put("code", p.what().key());
        m.put("message", p.what().in(locale));
        return m;
    }
}
