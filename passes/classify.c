/* classify.c - decides each element's kind. Precedence: an explicit type=
 * attribute; then words in the label or id that name an AI kind ("LLM",
 * "vector store", "training data", ...); then what the front end saw of the
 * shape; then the id prefixes other tools write (pytm's actor_, datastore_);
 * else a process. Every decision records its reason for --dump-ir and the
 * reports, so a surprised reader can see why. */
#include <string.h>
#include <strings.h>

#include "passes/passes.h"

/* Word lists are checked in order: the most specific phrases first, so
 * "model registry" wins over "model" and "training pipeline" over "training
 * data". A phrase matches at word boundaries, case-insensitively. */
static const struct {
  const char *phrase;
  tmc_kind kind;
} words[] = {
    {"model registry", TMC_KIND_MODEL_REGISTRY},
    {"model store", TMC_KIND_MODEL_REGISTRY},
    {"model repository", TMC_KIND_MODEL_REGISTRY},
    {"model hub", TMC_KIND_MODEL_REGISTRY},
    {"model zoo", TMC_KIND_MODEL_REGISTRY},
    {"hugging face", TMC_KIND_MODEL_REGISTRY},
    {"huggingface", TMC_KIND_MODEL_REGISTRY},
    {"artifact registry", TMC_KIND_MODEL_REGISTRY},
    {"feature store", TMC_KIND_FEATURE_STORE},
    {"feast", TMC_KIND_FEATURE_STORE},
    {"vector store", TMC_KIND_VECTOR_STORE},
    {"vector database", TMC_KIND_VECTOR_STORE},
    {"vector db", TMC_KIND_VECTOR_STORE},
    {"vectordb", TMC_KIND_VECTOR_STORE},
    {"vector index", TMC_KIND_VECTOR_STORE},
    {"embedding store", TMC_KIND_VECTOR_STORE},
    {"embeddings store", TMC_KIND_VECTOR_STORE},
    {"embedding index", TMC_KIND_VECTOR_STORE},
    {"pinecone", TMC_KIND_VECTOR_STORE},
    {"weaviate", TMC_KIND_VECTOR_STORE},
    {"qdrant", TMC_KIND_VECTOR_STORE},
    {"milvus", TMC_KIND_VECTOR_STORE},
    {"chroma", TMC_KIND_VECTOR_STORE},
    {"chromadb", TMC_KIND_VECTOR_STORE},
    {"faiss", TMC_KIND_VECTOR_STORE},
    {"pgvector", TMC_KIND_VECTOR_STORE},
    {"knowledge base", TMC_KIND_VECTOR_STORE},
    {"training pipeline", TMC_KIND_PIPELINE},
    {"ml pipeline", TMC_KIND_PIPELINE},
    {"training job", TMC_KIND_PIPELINE},
    {"ingestion pipeline", TMC_KIND_PIPELINE},
    {"pipeline", TMC_KIND_PIPELINE},
    {"fine-tuning", TMC_KIND_PIPELINE},
    {"fine tuning", TMC_KIND_PIPELINE},
    {"finetuning", TMC_KIND_PIPELINE},
    {"trainer", TMC_KIND_PIPELINE},
    {"training data", TMC_KIND_DATASET},
    {"training dataset", TMC_KIND_DATASET},
    {"training set", TMC_KIND_DATASET},
    {"dataset", TMC_KIND_DATASET},
    {"datasets", TMC_KIND_DATASET},
    {"data set", TMC_KIND_DATASET},
    {"data lake", TMC_KIND_DATASET},
    {"labeled data", TMC_KIND_DATASET},
    {"llm", TMC_KIND_LLM},
    {"llms", TMC_KIND_LLM},
    {"large language model", TMC_KIND_LLM},
    {"language model", TMC_KIND_LLM},
    {"gpt", TMC_KIND_LLM},
    {"chatgpt", TMC_KIND_LLM},
    {"openai", TMC_KIND_LLM},
    {"azure openai", TMC_KIND_LLM},
    {"claude", TMC_KIND_LLM},
    {"anthropic", TMC_KIND_LLM},
    {"gemini", TMC_KIND_LLM},
    {"llama", TMC_KIND_LLM},
    {"mistral", TMC_KIND_LLM},
    {"ollama", TMC_KIND_LLM},
    {"bedrock", TMC_KIND_LLM},
    {"foundation model", TMC_KIND_LLM},
    {"agent tool", TMC_KIND_AGENT_TOOL},
    {"tool", TMC_KIND_AGENT_TOOL},
    {"tools", TMC_KIND_AGENT_TOOL},
    {"plugin", TMC_KIND_AGENT_TOOL},
    {"function call", TMC_KIND_AGENT_TOOL},
    {"function calling", TMC_KIND_AGENT_TOOL},
    {"ml model", TMC_KIND_MODEL},
    {"model", TMC_KIND_MODEL},
    {"classifier", TMC_KIND_MODEL},
    {"sagemaker", TMC_KIND_MODEL},
    {"vertex ai", TMC_KIND_MODEL},
    {"azure ml", TMC_KIND_MODEL},
    {"model serving", TMC_KIND_MODEL},
    {"inference endpoint", TMC_KIND_MODEL},
};

/* Id prefixes written by pytm (actor_, process_, server_, datastore_, ...). */
static const struct {
  const char *prefix;
  tmc_kind kind;
} prefixes[] = {
    {"actor_", TMC_KIND_EXTERNAL},        {"externalentity_", TMC_KIND_EXTERNAL},
    {"process_", TMC_KIND_PROCESS},       {"server_", TMC_KIND_PROCESS},
    {"lambda_", TMC_KIND_PROCESS},        {"datastore_", TMC_KIND_DATA_STORE},
    {"data_store_", TMC_KIND_DATA_STORE},
};

/* Words that, next to an AI word, show the element is not that AI thing:
 * "Data model" is a schema, "Threat model" a document. */
static bool model_false_friend(const char *text) {
  static const char *ff[] = {"data model",   "threat model",   "object model",
                             "domain model", "business model", "role model",
                             "model viewer", "cost model"};
  for (size_t i = 0; i < sizeof ff / sizeof *ff; i++)
    if (tmc_has_word(text, ff[i]))
      return true;
  return false;
}

static bool words_kind(const char *text, tmc_kind *kind, const char **phrase) {
  if (!text || !*text)
    return false;
  for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
    if (!tmc_has_word(text, words[i].phrase))
      continue;
    if (words[i].kind == TMC_KIND_MODEL && model_false_friend(text))
      continue;
    *kind = words[i].kind;
    *phrase = words[i].phrase;
    return true;
  }
  return false;
}

static bool has_prefix_nocase(const char *s, const char *prefix) {
  size_t n = strlen(prefix);
  return strlen(s) >= n && strncasecmp(s, prefix, n) == 0;
}

/* A store-shaped element named by a process-class AI word stays a store
 * unless the word is a store-class kind ("LLM cache" drawn as a cylinder is a
 * data store, not an LLM); the other direction likewise. */
static bool compatible(const tmc_element *e, tmc_kind k) {
  if (!e->has_shape_kind)
    return true;
  tmc_dfd shape = tmc_kind_dfd(e->shape_kind), word = tmc_kind_dfd(k);
  if (shape == TMC_DFD_STORE)
    return word == TMC_DFD_STORE;
  if (word == TMC_DFD_STORE)
    return shape != TMC_DFD_ENTITY || e->shape_kind == TMC_KIND_EXTERNAL;
  return true;
}

int tmc_pass_classify(tmc_ir *ir, const tmc_pass_opts *opts, tmc_diags *d) {
  for (uint32_t i = 0; i < ir->n_elements; i++) {
    tmc_element *e = &ir->elements[i];
    const char *type = tmc_props_get(&e->props, "type");
    tmc_kind k;
    const char *phrase;
    if (type && *type) {
      if (tmc_kind_parse(type, &k)) {
        e->kind = k;
        e->kind_reason = tmc_arena_printf(ir->arena, "type=%s", type);
        continue;
      }
      tmc_warning(d, e->loc, "element '%s': unknown type '%s' (see tmc --list-kinds)",
                  e->id, type);
    }
    if ((words_kind(e->label, &k, &phrase) || words_kind(e->id, &k, &phrase)) &&
        compatible(e, k)) {
      e->kind = k;
      e->kind_reason =
          e->has_shape_kind && e->shape_kind != k
              ? tmc_arena_printf(ir->arena, "label word '%s' (refines %s from %s)",
                                 phrase, tmc_kind_name(e->shape_kind), e->shape_reason)
              : tmc_arena_printf(ir->arena, "label word '%s'", phrase);
      continue;
    }
    bool by_prefix = false;
    for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++)
      if (has_prefix_nocase(e->id, prefixes[p].prefix)) {
        e->kind = prefixes[p].kind;
        e->kind_reason =
            tmc_arena_printf(ir->arena, "id prefix '%s'", prefixes[p].prefix);
        by_prefix = true;
        break;
      }
    if (by_prefix)
      continue;
    if (e->has_shape_kind) {
      e->kind = e->shape_kind;
      e->kind_reason = e->shape_reason ? e->shape_reason : "shape";
      continue;
    }
    e->kind = TMC_KIND_PROCESS;
    e->kind_reason = "default (no type, shape or telling label)";
  }
  return 0;
}
