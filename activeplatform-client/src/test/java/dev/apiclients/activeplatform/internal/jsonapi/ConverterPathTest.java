package dev.apiclients.activeplatform.internal.jsonapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apiclients.activeplatform.internal.ItemDocument;
import dev.apiclients.activeplatform.internal.JsonApiDecoder;
import dev.apiclients.activeplatform.internal.ListDocument;
import dev.apiclients.activeplatform.internal.ResourceType;
import dev.apiclients.activeplatform.internal.ResourceTypes;
import dev.apiclients.activeplatform.internal.ResourcesApi;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * jsonapi-converter is on the decoding path of every read, not only declared: each return type of
 * {@link ResourcesApi} (the one interface every ActivePlatform read goes through) is decoded by
 * the client's decoder, and each decode is a document jsonapi-converter read.
 */
class ConverterPathTest {

  private static final String RESOURCE = "{\"id\":\"7\",\"type\":\"not_the_registered_name\","
      + "\"attributes\":{\"name\":\"Seven\",\"created_at\":\"2021-01-05T05:28:48.804+0300\",\"unmapped\":1}}";

  @Test
  void everyReadOfEveryResourceTypeIsDecodedByJsonapiConverter() throws Exception {
    Set<Class<?>> listed = new HashSet<>();
    Set<Class<?>> read = new HashSet<>();
    for (Method method : ResourcesApi.class.getMethods()) {
      ParameterizedType returned = (ParameterizedType) method.getGenericReturnType();
      Class<?> record = (Class<?>) returned.getActualTypeArguments()[0];
      boolean list = returned.getRawType() == ListDocument.class;
      byte[] body = (list ? "{\"data\":[" + RESOURCE + "]}" : "{\"data\":" + RESOURCE + "}")
          .getBytes(StandardCharsets.UTF_8);
      long before = JsonApiDocuments.documentsRead();

      Object decoded = JsonApiDecoder.DECODER.decode(body, returned);

      assertThat(JsonApiDocuments.documentsRead() - before).as(method.getName()).isEqualTo(1);
      Object resource = list ? ((ListDocument<?>) decoded).data().get(0) : ((ItemDocument<?>) decoded).data();
      assertThat(resource).as(method.getName()).isInstanceOf(record);
      assertThat(resource.getClass().getMethod("id").invoke(resource)).isEqualTo("7");
      (list ? listed : read).add(record);
    }
    List<Class<?>> records = ResourceTypes.ALL.stream().<Class<?>>map(ResourceType::record).toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(records);
    assertThat(read).containsExactlyInAnyOrderElementsOf(records);
  }
}
