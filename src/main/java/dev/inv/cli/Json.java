package dev.inv.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.inv.core.Money;

/**
 * The one ObjectMapper: snake_case keys, nulls written as {@code null}, and Money as a plain
 * decimal string with the currency's decimals ({@code "1450.00"}), never a float.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("inv").addSerializer(Money.class, ToStringSerializer.instance));

    private Json() {
    }
}
