/* lexicon.h - the words and shapes tmc knows: which label words, id prefixes,
 * DOT shapes, draw.io style shapes and cloud icons name which element kind,
 * and the plain word lists later passes read (query, log, API words, ...).
 *
 * The knowledge is data: catalogs/words.yaml, catalogs/shapes.yaml and
 * catalogs/roles.yaml, loaded with the rest of the catalog (catalog.c hands
 * this module the `words:`, `shapes:` and `roles:` sections of every file,
 * built-in or --catalog) and documented in
 * docs/catalog-format.md. A user's file adds words and shapes after the
 * built-in ones; naming a word or shape that exists gives it the new kind in
 * place. Front ends never read this: they record what they saw, and the
 * classify pass looks it up here.
 *
 * Lookups are linear in the text: word tables are hashed by their first word,
 * shape tables by the whole name.
 *
 * Ownership: a tmc_lexicon owns every string it returns; the catalog owns its
 * lexicon, and tmc_lexicon_builtin's lives as long as the process. */
#ifndef TMC_LEXICON_H
#define TMC_LEXICON_H

#include "ir/ir.h"

/* The plain word lists under `words:`, one definition list:
 * X(NAME, "yaml key") */
#define TMC_WORD_LISTS(X)                                                                \
  X(QUERY, "query")                 /* a flow into a store saying these only reads */    \
  X(LOG, "logs")                    /* an element saying these holds logs */             \
  X(API, "api")                     /* an element saying these serves an API */          \
  X(API_PROTOCOL, "api_protocols")  /* a flow in this protocol is an API call */         \
  X(MODEL_SOURCE, "model_sources")  /* an element saying these is where models come from \
                                     */                                                  \
  X(SECRET_DATA, "secret_data")     /* an asset saying these holds secret data */        \
  X(CREDENTIAL, "credential_words") /* a flow saying these carries credentials */        \
  X(BROAD_KEY, "broad_keys")        /* a flow saying these uses an all-powerful key */   \
  X(BY_SENDER, "by_sender") /* a flow saying these finds whose account by address */     \
  X(CONFIDENTIAL_DATA, "confidential_data") /* ... confidential data */                  \
  X(INTERNAL_DATA, "internal_data")         /* ... internal data */                      \
  X(PUBLIC_DATA, "public_data")             /* ... public data */                        \
  X(ACCESS_SCOPED, "access_scoped") /* content each person may read only part of */      \
  X(CODE_REPOS, "code_repos")       /* precision19: a store saying these holds code */   \
  X(PUBLIC_CONTRIBUTORS, "public_contributors") /* ... the public contributing to it */  \
  X(PEOPLE, "people") /* an external entity saying these is a person or device */        \
  X(SOURCES_IN, "sources_in")    /* an outsider saying these sends data in */            \
  X(DEVICES, "devices")          /* the people words naming a device */                  \
  X(PUBLISHED, "published_data") /* an unfed dataset saying these: others publish it */  \
  X(HOSTED,                                                                              \
    "hosted_services") /* a service saying these is hosted by a vendor and called */     \
  /* role words (the roles pass): an element saying these plays the role */              \
  X(ROLE_THIRD_PARTY, "public_models") /* a model saying these: third-party weights */   \
  X(ROLE_PROMPT_ASSEMBLER, "prompt_assemblers")                                          \
  X(ROLE_AGENT, "agents")                                                                \
  X(ROLE_TOOL_EXECUTOR, "tool_executors")                                                \
  X(ROLE_RETRIEVER, "retrievers")                                                        \
  X(ROLE_INGESTION, "ingestion")                                                         \
  X(ROLE_TRAINER, "trainers")                                                            \
  X(ROLE_SERVING_ENDPOINT, "serving")                                                    \
  X(ROLE_ARTIFACT_SOURCE, "artifact_sources")                                            \
  X(ROLE_CREDENTIAL_HOLDER, "credential_holders")                                        \
  X(ROLE_OUTPUT_SINK, "output_sinks")                                                    \
  X(OUTSIDE_CODE, "outside_code")   /* a tool saying these runs code others wrote */     \
  X(OWN_CODE, "own_code")           /* ... unless it says these: written in-house */     \
  X(TOOL_PACKAGES, "tool_packages") /* b32d: a tool named as a server or plugin */       \
  X(ADDONS,                                                                              \
    "addons")      /* d36c: "Moodle + X plugin": the add-on a product is set up with */  \
  X(ZONE, "zones") /* a boundary saying these is a trust zone */                         \
  X(BLUEPRINT_LINES, "blueprint_lines") /* d36c: a service blueprint's lines: no zone */ \
  X(GROUPING, "groupings") /* ... these (and no zone word) a visual grouping */          \
  X(WEB_APP, "web_apps")   /* a process saying these serves pages to browsers */         \
  X(SESSION, "sessions")   /* ... or these keeps users logged in (sessions) */           \
  X(SESSION_STORE, "session_stores") /* a store saying these holds users' sessions */    \
  X(SQL, "sql")                      /* a store or flow saying these speaks SQL */       \
  X(NOSQL, "nosql")                  /* ... or these a NoSQL query language */           \
  X(SHELL, "shell")                  /* an element saying these runs OS commands */      \
  X(URL_FETCH, "url_fetch")          /* ... or these fetches URLs it is given */         \
  X(XML, "xml")                      /* an element or flow saying these parses XML */    \
  X(FILES, "files")                  /* ... or these handles files named by callers */   \
  X(SERIALIZED, "serialized")        /* ... or these deserialises objects */             \
  X(WEAK_TLS, "weak_tls")            /* a flow protocol saying these is outdated TLS */  \
  X(VAULT, "vaults")                 /* a store saying these is a secrets vault */       \
  X(ANONYMOUS, "anonymous")          /* an entity saying these has no login */           \
  X(READ_ONLY, "read_only")          /* a store or flow saying these only reads */       \
  X(DEVICE_ZONE, "device_zones")     /* a zone saying these is people's devices */       \
  X(ON_DEVICE, "on_device")          /* a model saying these runs on a device */         \
  X(MODEL_FILES, "model_files")      /* a store saying these holds model files */        \
  X(DEIDENTIFY, "deidentify")        /* a flow or step saying these strips PII */        \
  X(PAYMENTS, "payments")            /* an element or order saying these moves money */  \
  X(VERDICT_WORDS, "verdict_words")  /* a flow saying these files a verdict */           \
  X(MODEL_SCORES, "model_scores")    /* a flow saying these carries model scores */      \
  X(CODE_SOURCE, "code_sources")     /* an outside source saying these supplies code */  \
  X(MODEL_UPDATE, "model_updates")   /* a flow saying these ships a model on */          \
  X(PUBLIC_PEOPLE, "public_people")  /* an entity saying these is the public */          \
  X(SIGNUP, "signup")                /* a step or flow saying these opens accounts */    \
  X(SUPPLIER, "suppliers")           /* an entity saying these supplies the system */    \
  X(BIOMETRIC, "biometric")          /* a store saying these holds biometric data */     \
  X(DECORATION, "decorations")       /* an icon whose name says these is a decoration */ \
  X(LEGEND, "legends")               /* a boundary saying these is a legend */           \
  /* b34c: an unlabelled shape saying these is a control node, a junction */             \
  X(CONTROL_NODE, "control_nodes")                                                       \
  /* b35d: a node named only this is a flow's start or end marker, a junction */         \
  X(CONTROL_NAME, "control_names")                                                       \
  /* r37vardar: a dot captioned only this is a DAG export's channel, a junction */       \
  X(DATAFLOW_OPERATOR, "dataflow_operators")                                             \
  /* find30 (causes29 F3): model_files words with other senses (bin weights) */          \
  X(BARE_MODEL_FILES, "bare_model_files")                                                \
  /* r2vendor: an entity saying these is a service (a portal), no person */              \
  X(SERVICE_FRONTS, "service_fronts")                                                    \
  /* models15: a DFD process saying these is a model doing its task */                   \
  X(MODEL_TASKS, "model_tasks")                                                          \
  /* models15: ... or these a training step */                                           \
  X(TRAINING_TASKS, "training_tasks")                                                    \
  /* mlsupply15: weights in a format whose loader runs code (pickle, .pt) */             \
  X(CODE_MODEL_FORMATS, "code_model_formats")                                            \
  /* mlsupply15: ... unless it says one of these code-free formats */                    \
  X(SAFE_MODEL_FORMATS, "safe_model_formats")                                            \
  /* precision20: a person saying these services machines for another firm */            \
  X(OUTSIDE_TECHNICIANS, "outside_technicians")                                          \
  /* precision20: an element or flow saying these joins a network by radio */            \
  X(RADIO_LINKS, "radio_links")                                                          \
  /* precision20: code saying these runs on training hardware (GPU, TPU) */              \
  X(TRAINING_COMPUTE, "training_compute")                                                \
  /* precision21: a store saying these is a chat channel: it hands typed text on */      \
  X(CHAT_CHANNELS, "chat_channels")                                                      \
  /* g31c: an outside system sending only, saying these, is content fetched */           \
  X(FETCHED_SOURCES, "fetched_sources")                                                  \
  /* d37a: a marketplace where goods are traded: no source of packages or tools */       \
  X(TRADE_MARKETPLACES, "trade_marketplaces")                                            \
  /* g31c: a zone saying these reaches out to the internet; it is not the outside */     \
  X(EGRESS_ONLY, "egress_only")                                                          \
  /* precision22: a label leading with one of these before "to" names a step that */     \
  /* sends to what follows ("Send to LLM"), not that target */                           \
  X(STEP_VERBS, "step_verbs")                                                            \
  /* ... and one of these after the verb: where the step sends ("to", "via") */          \
  X(STEP_PREPOSITIONS, "step_prepositions")                                              \
  /* exports: an attribute value that is one of these whole says nothing ("n/a") */      \
  X(PLACEHOLDERS, "placeholders")                                                        \
  /* b36a: a field of a label printed as a record that holds the element's name */       \
  X(RECORD_NAME_FIELDS, "record_name_fields")                                            \
  /* left22: what people wrote, said or uploaded (messages, photos, documents) */        \
  X(PEOPLE_CONTENT, "people_content")                                                    \
  /* precision22: a head saying these is a cloud identity, no code: builds no prompt */  \
  X(IDENTITY_BOXES, "identity_boxes")                                                    \
  /* precision21: a CI/CD product saying these only syncs manifests (GitOps) */          \
  X(MANIFEST_DEPLOYERS, "manifest_deployers")                                            \
  /* mlsupply15: a step saying these installs packages as it runs (pip install) */       \
  X(PACKAGE_INSTALLS, "package_installs")                                                \
  /* mlsupply15: ... unless these say they are locked or vetted */                       \
  X(PACKAGE_LOCKS, "package_locks")                                                      \
  /* a job saying these runs code others hand it (some words shared with shell) */       \
  X(SUBMITTED_CODE, "submitted_code")                                                    \
  /* trust words (the boundaries pass): a zone saying these has this trust;              \
   * the most trusted list that matches wins */                                          \
  X(TRUST_UNTRUSTED, "trust_untrusted")   /* trust 0: the internet, outsiders */         \
  X(TRUST_PERIMETER, "trust_perimeter")   /* trust 1: a DMZ, partners */                 \
  X(TRUST_INTERNAL, "trust_internal")     /* trust 2: the company's network */           \
  X(TRUST_RESTRICTED, "trust_restricted") /* trust 3: vaults, admin, PCI */              \
  /* devices in the physical world */                                                    \
  X(SENSORS, "sensors")             /* a device saying these captures the world */       \
  X(ACTUATORS, "actuators")         /* ... or these acts on it (a lock, a valve) */      \
  X(FIELD_DEVICES, "field_devices") /* code saying these runs on embedded hardware */    \
  X(LOCAL_LINKS, "local_links")     /* a flow saying these is a local bus or radio */    \
  X(DEBUG_PORTS, "debug_ports")     /* ... or these a maintenance or debug port */       \
  X(FIRMWARE, "firmware")           /* ... or these carries a firmware image */          \
  X(DEVICE_BROKERS,                                                                      \
    "device_brokers")       /* a service saying these relays device messages */          \
  X(HEAD_ENDS, "head_ends") /* ... as the system's own code saying these does */         \
  X(DEVICE_PROTOCOLS,                                                                    \
    "device_protocols") /* ... or code field devices publish to saying these */          \
  X(OFFICIAL_FILINGS,                                                                    \
    "official_filings") /* code saying these files with an authority */                  \
  X(ACCOUNT_CHANGES,                                                                     \
    "account_changes")        /* code saying these changes people's accounts */          \
  X(ENV_WORDS, "env_words")   /* a process's environment, before its variables */        \
  X(LOG_WRITES, "log_writes") /* a flow into a store saying these appends */             \
  X(PERSONAL_DEVICES, "personal_devices") /* a device or zone saying these: a person's   \
                                           */                                            \
  /* what code driving an LLM keeps and reads back into its prompts */                   \
  X(AGENT_MEMORY, "agent_memory")     /* a store or flow saying these: memory */         \
  X(THREAD_HISTORY, "thread_history") /* ... or these: one conversation's history */     \
  X(IN_MEMORY, "in_memory") /* a store's name saying these is held in RAM, no memory */  \
  X(PENDING_ACTIONS, "pending_actions") /* kinds17b: actions awaiting approval */        \
  X(RENDERERS, "renderers") /* a product saying these renders what it gets to people */  \
  X(MODEL_DISTRIBUTION, "model_distribution") /* weights sent out as an update */        \
  X(CAPTURES, "captures") /* a scanner or camera station saying these captures */        \
  X(ADMIN_ACCESS, "admin_access")     /* a flow saying these installs or maintains */    \
  X(SYSTEM_PROMPTS, "system_prompts") /* code or a flow saying these: a system prompt */ \
  X(WEB_SEARCH, "web_search") /* a service saying these ranks the open web's pages */    \
  X(VERSIONED, "versioned")   /* a store of model files saying these is a registry */    \
  X(LLM_JUDGES,                                                                          \
    "llm_judges") /* an LLM or its code saying these checks another's work */            \
  X(CLEARTEXT, "cleartext_protocols") /* a flow saying these goes in clear (FTP) */      \
  X(DECISIONS, "decisions") /* a flow saying these records a decision (labels) */        \
  X(WRITES, "writes")       /* a query into a store also saying these writes to it */    \
  X(HEADLESS, "headless_renderers") /* code saying these renders pages headless */       \
  X(EXPERIMENT_TRACKERS,                                                                 \
    "experiment_trackers") /* a service saying these keeps runs: read back, a store */   \
  X(DRIVEN_BROWSERS,                                                                     \
    "driven_browsers") /* a browser saying these is driven by code, no person's */       \
  X(FILE_PARSERS, "file_parsers")      /* code saying these opens media or documents */  \
  X(PRIVILEGED, "privileged_accounts") /* a flow saying these uses an admin account */   \
  X(RESERVATIONS, "reservations") /* a store or flow saying these holds scarce items */  \
  X(LEDGERS, "ledgers") /* a store saying these records who used or spent what */        \
  X(TAG_OUTSIDE, "tag_outside") /* a bracketed type tag saying these: not ours */        \
  /* kinds18 (K2) */                                                                     \
  X(TAG_OWN, "tag_own") /* a C4 type tag leading with these: the system's own part */    \
  X(OWN_BUILD, "own_build") /* a label saying these: built by the system's owners */     \
  X(AI_MADE, "ai_made") /* before a person's role: software playing it ("AI stylist") */ \
  X(AI_WORKERS,                                                                          \
    "ai_workers") /* roles people hold in AI work: stay people ("AI engineer") */        \
  /* outside17: a zone of other organisations' services */                               \
  X(PARTY_ZONES, "party_zones") /* a zone saying these holds others' services */         \
  /* kinds20a (K9): flows that say their end keeps things (a box3d store) */             \
  X(STORED_INTO, "stored_into")   /* a flow into an element saying these: kept there */  \
  X(READ_OUT_OF, "read_out_of")   /* a flow out of one saying these: read from there */  \
  X(USER_DEVICES, "user_devices") /* kinds20a (K6): people's computers, any language */  \
  X(VAULT_NAMES, "vault_names")   /* a resource name led or ended by these: a vault */   \
  /* fix17b: what keeps a vault-type name from being a vault */                          \
  X(VAULT_NAME_DOERS, "vault_name_doers")       /* after a leading type: code */         \
  X(VAULT_NAME_CONTENTS, "vault_name_contents") /* beside the type: a kv store */        \
  X(ASIDE_OUTSIDE, "aside_outside") /* a "(...)" remark saying these: not ours */        \
  /* r2kinds: an agent tool another party hosts: its answers come in */                  \
  X(TOOLS_ELSEWHERE, "tools_elsewhere")                                                  \
  X(TOOLS_FROM_OTHERS, "tools_from_others") /* b35c: a tool others publish */            \
  X(VENDOR_PRODUCTS, "vendor_products") /* r2kinds: heads a SaaS product is named by */  \
  X(VENDOR_GLUE, "vendor_glue")         /* r2kinds: our code made for a vendor */        \
  X(SAAS_VENDORS, "saas_vendors") /* r2kinds: SaaS vendors by name (kinds words) */      \
  X(TOOL_SERVERS, "tool_servers") /* a boundary saying these holds an agent's tools */   \
  X(TOOL_CALLS, "tool_calls")     /* a flow from an agent saying these calls a tool */   \
  /* callees15: the names an agent calls its tools by */                                 \
  X(CALLABLE_VERBS, "callable_verbs") /* a code name led by these: a function */         \
  X(CALLABLE_KINDS, "callable_kinds") /* "function:", "...Tool": a callable's kind */    \
  X(CALLABLE_PREFIXES, "callable_prefixes") /* kinds24: "tool:x", "fn_x" in a name */    \
  X(JOB_HEADS, "job_heads") /* kinds24: a head naming a unit of work: job, DAG */        \
  X(ML_FRAMEWORKS, "ml_frameworks")   /* kinds26: a library a training step fits with */ \
  X(HISTORY_STORES, "history_stores") /* kinds26: a store keeping everything: a lake */  \
  X(RUN_BY, "run_by") /* kinds27: "run by", "operated by": whose servers these are */    \
  X(OWN_TEAMS, "own_teams") /* kinds27: a party "run by" names that is the owner's */    \
  /* kinds28 (K1): a file of keys or settings by its name ("lyklar.env") */              \
  X(KEY_FILE_EXTS, "key_file_exts")         /* an extension: keys, certs, env ("pem") */ \
  X(KEY_FILE_NAMES, "key_file_names")       /* a whole file name: keys ("id_rsa") */     \
  X(CONFIG_FILE_EXTS, "config_file_exts")   /* a data format's extension ("yaml") */     \
  X(CODE_FILE_EXTS, "code_file_exts")       /* a script's extension ("php", "py") */     \
  X(DATA_FILE_EXTS, "data_file_exts")       /* pure32: a data set's ("jsonl") */         \
  X(CONFIG_FILE_STEMS, "config_file_stems") /* a name's word: settings ("wp-config") */  \
  X(KEY_FILE_STEMS, "key_file_stems")       /* a name's word: keys ("sa-key.json") */    \
  X(FOLDER_NAMES, "folder_names") /* kinds28: a path ending so: a folder ("uploads") */  \
  X(CHAT_FRONT_ENDS,                                                                     \
    "chat_front_ends")      /* kinds28: a chat window: the system's screen */            \
  X(KEPT_ACTS, "kept_acts") /* kinds28: "Learn password": a step done to what is kept */ \
  X(BUCKET_SCHEMES, "bucket_schemes") /* kinds30: "gs://x", "swift: x": a bucket */      \
  X(INFERENCE_RUNTIMES,                                                                  \
    "inference_runtimes") /* kinds30: a model's runtime: on a box, where a model runs */ \
  X(TOOL_TALK, "tool_talk") /* a flow with an LLM saying these: it chooses tools */      \
  X(HOSTED_TUNING,                                                                       \
    "hosted_tuning") /* g30c: a trainer saying these has a vendor's API train */         \
  X(TOOL_DISPATCHERS,                                                                    \
    "tool_dispatchers")       /* g30c: code the agent's side hands its tool calls to */  \
  X(TOOL_NODES, "tool_nodes") /* b35d: a dispatcher named only this (LangGraph's) */     \
  /* toolprec15: what a tool can do, by its name's verb */                               \
  X(TOOL_READ_VERBS, "tool_read_verbs") /* a tool named by these only reads */           \
  X(TOOL_SEND_VERBS, "tool_send_verbs") /* a tool named by these sends, changes none */  \
  X(MODEL_ACTIONS, "model_actions")     /* what a model writes for code to run: SQL */   \
  X(OUTSIDE_INTERFACES, "outside_interfaces") /* a head: where others publish: portal */ \
  X(LLM_TOOL_USE, "llm_tool_use") /* an LLM's label saying these: called with tools */   \
  X(MODEL_HUBS, "model_hubs")     /* an outside source saying these publishes models */  \
  X(DATASET_SOURCES, "dataset_sources") /* ... these: it publishes data, not code */     \
  X(MODEL_WORDS, "model_words")         /* ... unless it says these too */               \
  X(SELF_HOSTED, "self_hosted_servers") /* a model saying these: our inference server */ \
  X(ON_PREMISES, "on_premises") /* an element or zone saying these: our own premises */  \
  X(APPLIANCES, "appliances")   /* code saying these: equipment in our rack */           \
  X(DEVICE_COMMANDS, "device_commands") /* a flow saying these orders a device */        \
  X(JOB_SCHEDULERS, "job_schedulers")   /* code saying these starts others' jobs */      \
  X(IDENTITY_MAPS, "identity_maps") /* a store saying these maps outside ids to ours */  \
  /* llmcls17 */                                                                         \
  X(IDENTITY_KEYS,                                                                       \
    "identity_keys") /* a lookup saying these keys by a claimed address */               \
  X(PEOPLE_DIRECTORIES, "people_directories") /* ... into these: whose rights apply */   \
  X(TERMINAL_SESSIONS, "terminal_sessions")   /* a host's own login over a terminal */   \
  X(CODE_LOGINS, "code_logins")               /* signing in with a short code or PIN */  \
  X(PERSONAL_SIGNINS, "personal_signins")     /* ... unless these: each person's own */  \
  X(OT_ZONES, "ot_zones")             /* a zone saying these is a control network */     \
  X(OT_ZONES_MAYBE, "ot_zones_maybe") /* fix17a: ... if it holds a control element */    \
  X(STORE_CHANGES, "store_changes")   /* fix17a: a flow changing what a store holds */   \
  X(RAISED_ORDERS, "raised_orders") /* a flow saying these raises an order elsewhere */  \
  X(AUTO_ACTIONS, "automatic_actions") /* acts with no person deciding: auto-send */     \
  /* classic15 */                                                                        \
  X(SERVICE_IDENTITIES, "service_identities") /* code acting as one service identity */  \
  X(SERVICE_ACCOUNT_PREFIXES, "service_account_prefixes") /* "svc-…": an account */    \
  X(DELEGATED_IDENTITY, "delegated_identity") /* ... unless with each person's token */  \
  X(REMOTE_CHANGES, "remote_changes") /* a flow saying these changes things there */     \
  X(COMMUNITY_EDITIONS, "community_editions") /* a product's edition without audit */    \
  X(LOG_COMPOUNDS, "log_compounds")           /* a store saying these holds logs, too */ \
  X(RECORD_IDS, "record_ids") /* a request saying these names a record */                \
  X(RECORD_ID_EXCLUSIONS, "record_id_exclusions") /* ... unless these: who calls */      \
  X(SCHEDULED_RUNS, "scheduled_runs") /* code saying these runs on a timer */            \
  X(FILE_TRANSFERS, "file_transfers") /* ... and these moves files (SFTP) */             \
  X(PAYMENT_FILES, "payment_files")   /* a flow saying these carries a bank file */      \
  X(CARD_CHARGES, "card_charges")     /* a flow saying these charges a card */           \
  X(SETPOINTS, "setpoints")           /* a flow saying these sets a device's values */   \
  X(ALARMS, "alarms")                 /* a flow or notifier saying these: alarms */      \
  X(SIGNING, "signing")               /* code or a flow saying these signs */            \
  X(SIGNING_EXCLUSIONS, "signing_exclusions") /* ... unless these: a login, an HSM */    \
  X(BROAD_RIGHTS, "broad_rights")             /* code saying these holds every right */  \
  X(PLAIN_SECRET_CARRIERS, "plain_secret_carriers") /* secrets put in env, k8s */        \
  /* llmrules13 */                                                                       \
  X(QUERY_STORES, "query_stores")       /* a store saying these runs queries */          \
  X(USER_INTERFACES, "user_interfaces") /* a process saying these: a screen */           \
  X(TOOL_MANIFESTS, "tool_manifests")   /* ... these: what lists an agent's tools */     \
  X(STAFF_CONSOLES, "staff_consoles")   /* a process saying these: staff work in it */   \
  X(SANDBOXES, "sandboxes")       /* code saying these runs what it gets isolated */     \
  X(PLANTED_TEXT, "planted_text") /* paths32: a flow leaving text for later */           \
  /* auth14 */                                                                           \
  X(AUTH_MECHANISMS, "auth_mechanisms") /* a flow or end saying these: authenticated */  \
  X(WEAK_AUTH, "weak_auth")             /* ... these: a shared or weak secret */         \
  X(AUTH_DENIALS, "auth_denials")       /* ... these: nobody is authenticated */         \
  /* llm15 */                                                                            \
  X(BILLED_PER_USE, "billed_per_use") /* a service saying these bills per query/page */  \
  /* llmcls16 */                                                                         \
  X(CLEARTEXT_PORTS, "cleartext_ports") /* a flow saying these: a bind, port in clear */ \
  X(TLS_NAMED, "tls_named")             /* ... unless these: inside TLS */               \
  X(MAIL_ATTACHMENTS, "mail_attachments") /* a flow saying these: sent as e-mail */      \
  X(MAILED_DOCUMENTS, "mailed_documents") /* ... or these: documents, with */            \
  X(MAIL_WORDS, "mail_words")             /* ... these: e-mail, SMTP, a mailer */        \
  X(MAIL_PROTECTION, "mail_protection")   /* ... unless these: encrypted, a portal */    \
  X(STATIC_CREDENTIALS, "static_credentials") /* a job's call saying these: a key */     \
  X(FETCHED_SECRETS, "fetched_secrets") /* ... unless these: fetched when it runs */     \
  X(SHARED_LOGINS, "shared_logins")     /* people signing in as one shift login */       \
  X(DATABASE_LOGINS, "database_logins") /* code querying as one database login */        \
  X(SERVICE_ACCOUNT_SUFFIXES, "service_account_suffixes") /* "…_ro": an account */     \
  X(EDITS, "edits")                     /* staff changing what others see or are paid */ \
  X(ATTRIBUTED, "attributed")           /* ... unless these: kept with its author */     \
  X(REMOTE_ACCESS, "remote_access")     /* a gateway letting people in from outside */   \
  X(CONTROL_SYSTEMS, "control_systems") /* ... onto these: the control network */        \
  X(PORTABLE_DEVICES, "portable_devices") /* a device that can be carried off */         \
  X(OFFLINE_COPIES, "offline_copies")     /* ... holding a copy: offline, synced */      \
  X(SHARED_TERMINALS, "shared_terminals") /* a terminal whoever stands at it uses */     \
  X(LINK_LOGINS, "link_logins")           /* signing in by a link mailed alone */        \
  X(OVERRIDE_MODES, "override_modes")     /* told to skip its own checks: break-glass */ \
  X(CRAWLERS, "crawlers")                 /* code copying a repository into an index */  \
  X(SEARCH_INDEXES, "search_indexes")     /* ... a store saying these: a search index */ \
  X(PERMISSION_TRIMMING, "permission_trimming") /* ... unless these: ACLs kept */        \
  /* mlkinds16 */                                                                        \
  X(EMBEDDING_FLOWS, "embedding_flows") /* a flow saying these carries embeddings */     \
  X(FEATURE_FLOWS, "feature_flows")     /* a flow saying these carries model features */ \
  X(EVALUATION_FLOWS, "evaluation_flows") /* a flow saying these: data to score with */  \
  /* mlrules19 */                                                                        \
  X(COMPLETION_OUTPUTS, "completion_outputs") /* a model completing what people write */ \
  X(RETRAINS, "retrains") /* a trainer saying these starts from the current weights */   \
  X(FROM_SCRATCH, "from_scratch") /* ... unless these: it trains anew each time */       \
  X(EDGE_SITES, "edge_sites")     /* a zone or model saying these: an unguarded site */  \
  /* find30 (causes29 F7): a model, zone or feeder saying these runs by a line */        \
  X(FLOOR_MACHINES, "floor_machines")                                                    \
  /* find33: accounts holding money, tag readers, identity headers */                    \
  X(STORED_VALUE, "stored_value")                                                        \
  X(TAG_READERS, "tag_readers")                                                          \
  X(IDENTITY_HEADERS, "identity_headers")                                                \
  /* sources16 */                                                                        \
  X(PUBLIC_SOURCES, "public_sources")   /* a name saying these: a public index or hub */ \
  X(OWN_MIRRORS, "own_mirrors")         /* ... unless these: the system's own mirror */  \
  X(REACHED_THROUGH, "reached_through") /* kinds33: the way there, not our mirror */     \
  X(FILE_PLACES, "file_places") /* kinds33: a key file's clause going on to its place */ \
  X(OWN_RELEASES, "own_releases") /* ... or its CI's flow saying these pushes to it */   \
  /* mlkind18 */                                                                         \
  X(MODEL_CACHES, "model_caches")   /* a hub's name with these: our copy of its files */ \
  X(KEPT_ADAPTERS, "kept_adapters") /* a store of these keeps model versions ... */      \
  X(RUN_OUTPUTS, "run_outputs")     /* ... unless these: one job's outputs */            \
  X(MODEL_ENDPOINTS, "model_endpoints") /* a model deployed, never a model's server */   \
  X(SHARED_NODES, "shared_nodes") /* a job or its partition saying these: shared */      \
  /* precision16: what an id's precondition needs said */                                \
  X(CUT_OFF, "cut_off")               /* a zone saying these is not the internet */      \
  X(OUTSIDE_PEOPLE, "outside_people") /* people saying these: another organisation's */  \
  X(TOOL_ADD_VERBS, "tool_add_verbs") /* a tool named by these only adds records */      \
  X(DESTROYS, "destroys") /* ... unless a flow says these: a change or a deletion */     \
  /* mltrain16 */                                                                        \
  X(STAFF_ROLES, "staff_roles")   /* an entity saying these is staff, not the public */  \
  X(PEOPLE_HEADS, "people_heads") /* r2person: an entity headed by these is a person */  \
  X(IMAGE_REGISTRIES,                                                                    \
    "image_registries")         /* a store saying these keeps container images */        \
  X(IMAGE_PULLS, "image_pulls") /* a flow saying these pulls an image */                 \
  X(IMAGE_PINS, "image_pins")   /* a pull saying these is by digest or verified */       \
  X(MOVING_TAGS, "moving_tags") /* an image tag after ':' that moves (":latest") */      \
  X(SERVED_AS_LATEST,                                                                    \
    "served_as_latest")           /* aiids34: the newest model replaces the last */      \
  X(RECOGNISERS, "recognisers")   /* a model reading media into text: OCR, speech */     \
  X(FIELD_PROBES, "field_probes") /* paths33: a probe, a sensor on a field radio */      \
  X(DATA_LOGGERS, "data_loggers") /* r38onega: a logger on our vehicles, a sensor */     \
  /* mlgen17 */                                                                          \
  X(DATA_LIBRARIES, "data_libraries") /* media collections, not code libraries */        \
  X(TRAINING_MEDIA, "training_media") /* a store read by training holding media */       \
  X(PHYSICAL_VIEWS, "physical_views") /* a flow bringing a camera's view: no request */  \
  X(GENERATIVE_MODELS, "generative_models") /* a model that generates content */         \
  X(PROMPT_FLOWS, "prompt_flows") /* a flow into a model saying these prompts it */      \
  X(PUBLISHING, "publishing")     /* an element saying these publishes content */        \
  X(FINE_TUNES, "fine_tunes")     /* a trainer saying these starts from weights */       \
  X(PUBLIC_MODEL_FAMILIES, "public_model_families") /* models anyone downloads */        \
  X(TRAINING_STACKS, "training_stacks") /* a trainer saying these runs others' packages  \
                                         */                                              \
  /* aiids17b */                                                                         \
  X(SIGN_OFFS, "sign_offs")         /* a person's flow saying these signs off on work */ \
  X(CROWD_SIGNALS, "crowd_signals") /* a flow saying these carries the public's flags */ \
  /* llmrules18 */                                                                       \
  X(MODEL_JUDGEMENTS, "model_judgements") /* a flow saying these stores a decision */    \
  /* llmrules18b */                                                                      \
  X(FREE_TIERS, "free_tiers") /* people named by these use a free or no-sign-up tier */  \
  /* classic17b */                                                                       \
  X(STAFF_WORKSTATIONS, "staff_workstations") /* staff's own desktops and laptops */     \
  X(SHARED_POSTS, "shared_posts") /* ... at a post staff work in turn: a front desk */   \
  X(DATABASE_WIRES, "database_wires") /* a flow naming a database's port or protocol */  \
  X(NETWORK_APPLIANCES, "network_appliances") /* routers, switches, firewalls */         \
  X(ISOLATED_HOSTS, "isolated_hosts") /* ... unless these: an air-gapped laptop */       \
  /* classic19 */                                                                        \
  X(NETWORK_GEAR_ICONS, "network_gear_icons")   /* draw.io icons of routers */           \
  X(SHARED_NETWORK_KEYS, "shared_network_keys") /* a network joined with one key */      \
  X(TECHNICAL_LOGIN_SUFFIXES, "technical_login_suffixes") /* RFC_CBM_USER */             \
  X(CODE_CHANGES, "code_changes") /* a flow committing or pushing code */                \
  /* llmkind18 */                                                                        \
  X(TOOL_CONTROL_VERBS,                                                                  \
    "tool_control_verbs")             /* a tool named by these acts on a thing */        \
  X(TOOL_DRIVERS, "tool_drivers")     /* a label saying these drives tools: the agent */ \
  X(TOOL_EXPOSURES, "tool_exposures") /* ... these: offered to a model as its tool */    \
  /* llmrules19 */                                                                       \
  X(STANDING_RIGHTS, "standing_rights") /* the role or token a tool acts with */         \
  X(CODE_PUSHES, "code_pushes") /* a flow changing code with what a model wrote */       \
  X(MODEL_PULLS, "model_pulls") /* a runtime fetching weights by name from a library */  \
  X(OPEN_WEIGHTS, "open_weights") /* open-weights model releases */                      \
  /* mlrules18 */                                                                        \
  X(BATCH_SCORING, "batch_scoring") /* a model run over a table, queried by nobody */    \
  X(DATA_PRODUCTS, "data_products") /* a data vendor's feeds, signals, files */          \
  /* families18 */                                                                       \
  X(OUTSOURCED_STAFF, "outsourced_staff") /* people of a vendor's or agency's team */    \
  X(STRONG_SIGNINS, "strong_signins")     /* ... unless these: MFA, named accounts */    \
  X(REVIEW_THRESHOLDS,                                                                   \
    "review_thresholds")            /* a limit decides whether a person reviews */       \
  X(MODEL_RESULTS, "model_results") /* a flow carrying what a model decided */           \
  X(WRITE_CREDENTIALS,                                                                   \
    "write_credentials")                /* a token or API that writes or administers */  \
  X(READ_TOOL_VERBS, "read_tool_verbs") /* a tool named for reading */                   \
  X(WALLED_RECORDS, "walled_records") /* records kept apart by client, matter, tenant */ \
  X(XML_FALSE_FRIENDS, "xml_false_friends") /* "SOAP note": a clinical note, not XML */  \
  X(FLEET_HARDWARE, "fleet_hardware")       /* small computers installed by the dozen */ \
  X(FLEET_SITES, "fleet_sites") /* ... in many places: per room, each store */           \
  X(UNIQUE_DEVICE_CREDENTIALS, "unique_device_credentials") /* ... unless these */       \
  /* classic18 */                                                                        \
  X(SINGLE_KEYS, "single_keys")             /* one key or account for every user */      \
  X(APPROVAL_HANDOFFS, "approval_handoffs") /* a flow handing on an approval */          \
  X(PER_PARTY_KEYS, "per_party_keys") /* ... unless these: a key per tenant or user */   \
  X(OUTSIDER_FILES, "outsider_files") /* a flow saying these carries uploaded files */   \
  X(COMPUTE_SCHEDULERS, "compute_schedulers") /* shared HPC or GPU job schedulers */     \
  X(PER_USER_QUOTAS, "per_user_quotas")       /* ... unless these: quotas, fair share */ \
  X(RESPONSE_DEADLINES, "response_deadlines") /* code that must answer in time */        \
  X(RECORD_RELEASES, "record_releases") /* releasing or overriding regulated records */  \
  /* rules20 */                                                                          \
  X(VARIANT_SWITCHES, "variant_switches")     /* experiment, flag or split services */   \
  X(AGENT_RULES_FILES, "agent_rules_files")   /* an agent's rules file in a repo */      \
  X(BIOMETRIC_MATCHERS, "biometric_matchers") /* a model verifying voices or faces */    \
  X(BIOMETRIC_CHECKS, "biometric_checks")     /* ... or biometric + these: verify */     \
  X(VOICE_RECORDINGS, "voice_recordings")     /* a store of recorded voices */           \
  /* rules21 */                                                                          \
  X(WORK_RECORDS, "work_records") /* time recording, billing, accounting, payroll */     \
  /* kinds21 */                                                                          \
  X(PEOPLE_SOFTWARE, "people_software")   /* a name line's head: software people use */  \
  X(MODEL_FILE_FORMS, "model_file_forms") /* a detail saying a model is one file */      \
  X(APP_ROLES, "app_roles")           /* kinds34: a role's word, also its software */    \
  X(WEB_FRAMEWORKS, "web_frameworks") /* kinds34: what server code is built with */      \
  X(LEADING_HEADS, "leading_heads") /* heads that lead their phrase (Romance, Slavic) */ \
  X(VECTOR_WORDS, "vector_words")   /* a search engine's store saying these: vectors */  \
  X(LABELLING_FLOWS, "labelling_flows") /* a flow saying these: examples to label */     \
  X(RECORD_VAULTS, "record_vaults")     /* paths21: a vault of documents */              \
  /* rules22 */                                                                          \
  X(HTML_VIEWS, "html_views")       /* a flow or code showing what it reads rendered */  \
  X(PERSONAL_TEXT, "personal_text") /* personal, medical or confidential text */         \
  /* rules24 */                                                                          \
  X(MODEL_DEPLOYS, "model_deploys") /* a flow into a model saying these deploys it */    \
  X(SELF_HOSTED_PLATFORMS,                                                               \
    "self_hosted_platforms")      /* open-source ML platforms a team runs itself */      \
  X(DEVICE_LISTS, "device_lists") /* what a device decides access by, pushed to it */    \
  /* prec26 */                                                                           \
  X(LOCAL_WEIGHTS, "local_weights") /* weights files a team's own runtime loads: GGUF */ \
  X(RETRIEVAL_READS, "retrieval_reads") /* a read saying these searches, not by key */   \
  /* paths40: an outsider the system calls and hears back from (paths.c) */              \
  X(CALLED_SERVICES, "called_services") /* a name saying these: a service */             \
  X(SERVICE_SHAPES, "service_shapes")   /* drawn as these: another party's service */    \
  /* b33b */                                                                             \
  X(SELF_HOSTABLE, "self_hostable") /* a vendor's product teams also run themselves */   \
  /* b33e: files and links people carry */                                               \
  X(HANDED_FILES, "handed_files") /* a flow saying these hands over a file */            \
  X(FILE_UPLOADS, "file_uploads") /* ... and these loads it into the system */           \
  X(ACCESS_LINKS, "access_links") /* a flow to people saying these: a link */            \
  X(LINK_LIMITS, "link_limits")   /* ... unless these: it expires, or signs in */        \
  X(SHELL_HOSTS, "shell_hosts")   /* a host people log in to and work on by hand */

typedef enum tmc_word_list {
#define TMC_WORD_LIST_ENUM(name, key) TMC_WORDS_##name,
  TMC_WORD_LISTS(TMC_WORD_LIST_ENUM)
#undef TMC_WORD_LIST_ENUM
      TMC_WORD_LIST_COUNT
} tmc_word_list;

/* The kind tables, each a section of words.yaml or shapes.yaml. */
typedef enum tmc_kind_table {
  TMC_TABLE_KIND_WORDS,    /* words: kinds (label and id words) */
  TMC_TABLE_FALSE_FRIENDS, /* words: false_friends (next to these, a kind's words mean
                              nothing) */
  TMC_TABLE_ID_PREFIXES,   /* words: id_prefixes */
  TMC_TABLE_LABEL_NUMBERS, /* words: label_numbers (a DFD's "D1" before a label) */
  TMC_TABLE_DOT,           /* shapes: dot (Graphviz shape=, any case) */
  TMC_TABLE_DRAWIO,        /* shapes: drawio (draw.io style shape, exact) */
  TMC_TABLE_ICONS,         /* shapes: icons (words inside a cloud icon's name) */
  TMC_TABLE_HEADS,         /* words: heads (a label's head noun, with a technology) */
  TMC_TABLE_TECH_WORDS,    /* words: technologies (product and technology words) */
  TMC_TABLE_STENCILS,      /* shapes: stencils (draw.io stencil and icon tokens) */
  TMC_TABLE_STEMS,         /* the file stems of the stencils' image paths (derived) */
  TMC_TABLE_IMAGE_WORDS,   /* shapes: image_words (words of an icon file's name) */
  TMC_TABLE_STENCIL_WORDS, /* shapes: stencil_words (words of an unknown stencil's name)
                            */
  TMC_TABLE_COUNT
} tmc_kind_table;

typedef struct tmc_lexicon tmc_lexicon;

struct tmc_catalog;
/* A catalog's lexicon: the built-in tables plus its --catalog files'; with
 * no catalog (c NULL), tmc_lexicon_builtin(). */
const tmc_lexicon *tmc_catalog_lexicon(const struct tmc_catalog *c);

/* The lexicon of the built-in catalogs alone, built on first use; for passes
 * run without a catalog (unit tests). Aborts if the built-in files are bad,
 * which the catalog tests rule out. */
const tmc_lexicon *tmc_lexicon_builtin(void);

/* The kind a label or id names by a word of words: kinds (of those that
 * occur as whole words, case-insensitively, the heaviest, then the first
 * listed; not one whose kind has a false friend in the text too: "data
 * model" is not a model). Sets *kind and *word
 * (the table's spelling) and returns true, or returns false. */
bool tmc_lexicon_kind_word(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                           const char **word);
/* The same, with the entry's weight (its own, else words: weights:
 * label_word). */
bool tmc_lexicon_kind_word_w(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                             const char **word, double *weight);
/* kinds19 (K5): the same among the kinds of the mask (bit 1u << kind
 * set): the store kind a label names beside a heavier model word
 * ("pgvector (Titan embeddings)"). */
bool tmc_lexicon_kind_word_among(const tmc_lexicon *lx, const char *text, uint32_t kinds,
                                 tmc_kind *kind, const char **word, double *weight);
/* Does a false friend of kind occur in text ("personal trainers" for a
 * pipeline)? The roles pass asks it of the kind a role's words name. */
bool tmc_lexicon_false_friend(const tmc_lexicon *lx, const char *text, tmc_kind kind);
/* text with every phrase of the false friends of kind blanked out (spaces),
 * written to buf of n bytes: what the label says beside its false friends
 * ("Training pipeline (triggered by the CI pipeline)" still says a training
 * pipeline). text itself (and buf untouched) when it does not fit in buf. */
const char *tmc_lexicon_without_false_friends(const tmc_lexicon *lx, const char *text,
                                              tmc_kind kind, char *buf, size_t n);
/* The kind an id prefix names (case-insensitive), with the prefix. */
bool tmc_lexicon_id_prefix(const tmc_lexicon *lx, const char *id, tmc_kind *kind,
                           const char **prefix);
/* The kind a label numbered as a DFD numbers it says ("D1 members,
 * accounts": a data store): one of words: label_numbers, one to three
 * digits, then the end or a separator other than '.' (not "D1.5", "DS18B20").
 * *number is the number as written, in a (the arena's). */
bool tmc_lexicon_label_number(const tmc_lexicon *lx, const char *label, tmc_kind *kind,
                              const char **number, tmc_arena *a);
/* The kind a DOT shape (any case) or a draw.io style shape (exact) names,
 * with the table's spelling. */
bool tmc_lexicon_dot_shape(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                           const char **name);
bool tmc_lexicon_drawio_shape(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                              const char **name);
/* Is a DOT shape one drawn for anything (shapes: dot, a row with loose:
 * true: box3d, note, folder), so that in a zone named the outside it is the
 * outside, where a cylinder stays a store? */
bool tmc_lexicon_dot_loose(const tmc_lexicon *lx, const char *shape);
/* kinds20a (K9): is a DOT shape one drawn for a node or a device as often as
 * for a store (shapes: dot, a row with node: true: box3d)? Where only the
 * shape says store, it reads as a box. */
bool tmc_lexicon_dot_node(const tmc_lexicon *lx, const char *shape);
/* r38wherry: are the n bytes at word, whole (any case), a head noun that
 * names a person (words: heads, a row with person: true: the WordNet people
 * of catalogs/people.yaml, "Hirers", "Enquirers") and still an external
 * entity's head after every file loaded? */
bool tmc_lexicon_person_head(const tmc_lexicon *lx, const char *word, size_t n);

/* The roles section: the kinds a role word alone never makes play role r
 * (with the kinds below each named: model covers llm); the roles of code
 * that drives an LLM (the queries it sends may be the model's); the
 * technologies of a database that runs the queries it is sent. */
tmc_kindset tmc_lexicon_not_by_word(const tmc_lexicon *lx, tmc_role r);
tmc_roleset tmc_lexicon_llm_drivers(const tmc_lexicon *lx);
tmc_techset tmc_lexicon_query_databases(const tmc_lexicon *lx);
/* The named sets of the `sets:` section (catalogs/sets.yaml): which
 * technologies or roles a pass treats alike, as data a reviewer can read
 * and a --catalog file can extend (its set adds to the built-in one). One
 * definition list per type: X(NAME, "yaml key"). */
#define TMC_TECH_SETS(X)                                                                 \
  X(PUBLIC_ENDPOINTS, "public_endpoints") /* reach: outsiders connect to these */        \
  X(COMPUTE, "compute")   /* reach: compute whose words say what runs on it */           \
  X(CLIENTS, "clients")   /* reach, facts: people and the devices they hold */           \
  X(CHANNELS, "channels") /* reach: message channels others may fill */                  \
  X(DEVICES, "devices")   /* facts: devices and apps a model may run on */               \
  X(PRODUCTS, "products") /* facts: off-the-shelf products, not application code */      \
  X(RELAYS, "relays")     /* facts: what hands supplied code's traffic out */            \
  X(QUEUES, "queues")     /* facts: stores of things in flight (jobs, not memory) */     \
  X(PLUMBING, "plumbing") /* classify: stores that hold no data a model learns from */   \
  X(FRONTS, "fronts")     /* rules: proxies that only forward to the application */
#define TMC_ROLE_SETS(X)                                                                 \
  X(AGENT_SIDE, "agent_side") /* roles, facts: code driving an LLM's context, tools */   \
  X(AI_ROLES, "ai_roles")     /* facts: roles that make code AI code */                  \
  X(PROMPT_BUILDERS, "prompt_builders") /* facts: code that builds prompts */
#define TMC_WORD_SETS(X)                                                                 \
  X(TITLE_STOP, "title_stop_words") /* authors: words no threat title is known by */

typedef enum tmc_tech_set {
#define TMC_TECH_SET_ENUM(name, key) TMC_TECHS_##name,
  TMC_TECH_SETS(TMC_TECH_SET_ENUM)
#undef TMC_TECH_SET_ENUM
      TMC_TECH_SET_COUNT
} tmc_tech_set;

typedef enum tmc_role_set {
#define TMC_ROLE_SET_ENUM(name, key) TMC_ROLES_##name,
  TMC_ROLE_SETS(TMC_ROLE_SET_ENUM)
#undef TMC_ROLE_SET_ENUM
      TMC_ROLE_SET_COUNT
} tmc_role_set;

typedef enum tmc_word_set {
#define TMC_WORD_SET_ENUM(name, key) TMC_WORDSET_##name,
  TMC_WORD_SETS(TMC_WORD_SET_ENUM)
#undef TMC_WORD_SET_ENUM
      TMC_WORD_SET_COUNT
} tmc_word_set;

/* A set of the sets: section; 0 for an unknown set. */
tmc_techset tmc_lexicon_techs(const tmc_lexicon *lx, tmc_tech_set s);
tmc_roleset tmc_lexicon_roles(const tmc_lexicon *lx, tmc_role_set s);
const char *tmc_tech_set_key(tmc_tech_set s); /* "public_endpoints" */
const char *tmc_role_set_key(tmc_role_set s); /* "agent_side" */
/* Is word, one whole word (letters and digits; any case), in word set s?
 * Hashed: constant time. The set's size, for tests. */
bool tmc_lexicon_in_set(const tmc_lexicon *lx, tmc_word_set s, const char *word);
uint32_t tmc_lexicon_set_size(const tmc_lexicon *lx, tmc_word_set s);
const char *tmc_word_set_key(tmc_word_set s); /* "title_stop_words" */

/* The same, with the entry's own weight (shapes may carry `weight:`: a
 * draw.io cloud says "someone else's service" surer than a box does), 0 when
 * it has none (its source's weight applies). */
bool tmc_lexicon_dot_shape_w(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                             const char **name, double *weight);
bool tmc_lexicon_drawio_shape_w(const tmc_lexicon *lx, const char *shape, tmc_kind *kind,
                                const char **name, double *weight);
/* The kind a cloud icon's name (lower case, without "mxgraph.") names by the
 * first listed word it contains. */
bool tmc_lexicon_icon(const tmc_lexicon *lx, const char *name, tmc_kind *kind);
/* As tmc_lexicon_icon, and the row's own weight (0: the icon weight): a
 * suite's icon ("cognitive") weighs less than the words naming its part. */
bool tmc_lexicon_icon_w(const tmc_lexicon *lx, const char *name, tmc_kind *kind,
                        double *weight);
/* The head noun of a label (words: heads): the entry ending the label's name
 * part (up to the first comma, colon, parenthesis or " - "), the longest if
 * several do; else, in a name part of more than four words, the rightmost
 * entry ending one of its first four (joined lines put a description after
 * the name). With its kind, its
 * technology (TMC_TECH_NONE if it names none), the table's spelling, and
 * whether it ends the name part (*at_end; else a guess, weaker evidence). */
bool tmc_lexicon_head(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                      tmc_tech *tech, const char **word, bool *at_end);
/* The same, with the entry's own weight (heads may carry `weight:`, a word
 * that says less than a head: "mobile app"), 0 when it has none (its
 * source's weight applies). */
/* UML's and SysML's typed name "name : Type" ("«part» ledger :
 * TransactionDatabase", "orders : PostgreSQL"): the offset of the type in
 * text, else 0 (a name and its description, "Kafka: events", is none). */
size_t tmc_lexicon_typed_at(const char *text);
bool tmc_lexicon_head_w(const tmc_lexicon *lx, const char *text, tmc_kind *kind,
                        tmc_tech *tech, const char **word, bool *at_end, double *weight);
/* The first word of words: technologies occurring in text as a whole word,
 * with its technology and the kind it suggests. */
bool tmc_lexicon_tech_word(const tmc_lexicon *lx, const char *text, tmc_tech *tech,
                           tmc_kind *kind, const char **word);
/* The weight of a kind's evidence from source s (words: weights), and the
 * ratio of runner-up to winner at or above which a kind is a coin toss. */
double tmc_lexicon_weight(const tmc_lexicon *lx, tmc_source s);
double tmc_lexicon_coin_toss(const tmc_lexicon *lx);
/* The weight of the kind a technology word suggests (words: weights:
 * tech_word). */
double tmc_lexicon_tech_word_weight(const tmc_lexicon *lx);
/* The weight of a rounded card on an architecture page (words: weights:
 * card): a component of some kind, a weak vote for a process that the
 * words on the card outvote. */
double tmc_lexicon_card_weight(const tmc_lexicon *lx);
/* The weight of where a node is drawn when that says "not ours" (words:
 * weights: outside): left outside every cluster on a page that draws its
 * system inside clusters. */
double tmc_lexicon_outside_weight(const tmc_lexicon *lx);

/* fe26: the kind the file name of a draw.io style's image= names (shapes:
 * image_words): the words of the file's stem only, never the URL's host or
 * folders ("https://cdn.example/icons/outline/users.svg" says "users"), the
 * first listed row with one of them deciding. A data: URI has no name.
 * *word is the table's spelling; file (fn bytes, may be NULL) gets the file
 * name as written after the last '/', for the evidence. A hint weaker than
 * a label's words (words: weights: icon_file). fe30: with no image=, a
 * library stencil's name (resIcon=, else shape=, "mxgraph.") is read by the
 * words of its last part ("ip_camera") in shapes: stencil_words, a shorter
 * list (a library's names say "server" or "office" of anything); the caller
 * asks only for a stencil the stencils table has no row for, and file gets
 * the whole name. */
bool tmc_lexicon_image_word(const tmc_lexicon *lx, const char *style, tmc_kind *kind,
                            const char **word, char *file, size_t fn);
/* The weight of that hint (words: weights: icon_file). */
double tmc_lexicon_icon_file_weight(const tmc_lexicon *lx);

/* One row of shapes: stencils. */
typedef struct tmc_stencil {
  const char *token; /* the table's spelling */
  const char *key;   /* the style key that carried it: "resIcon", "image stem", ... */
  const char *note;  /* the row's note, or NULL */
  bool has_kind;     /* false for zones without a kind, decorations and carriers */
  tmc_kind kind;
  tmc_tech tech;   /* TMC_TECH_NONE when the row names none */
  bool zone;       /* names a network, account, VPC, cluster, premises: a boundary */
  bool decoration; /* an annotation on what it sits on, not an element */
  bool carrier;    /* only carries another key's icon; decides nothing */
  double weight;   /* the row's own weight for its kind (a platform's icon, whose
                      words decide which part it is), 0 for an icon's */
} tmc_stencil;
/* The row of a token (any case): exact, or for an img/ path its file stem. */
bool tmc_lexicon_stencil(const tmc_lexicon *lx, const char *token, tmc_stencil *out);
/* The row a draw.io style names, by the matching rules of shapes.yaml:
 * resIcon=, grIcon=, prIcon= and prType= with their carrier shape, shape=
 * (or the first bare word), image= (path, then stem); carriers decide
 * nothing. False when no row matches; then unknown (un bytes, may be NULL)
 * holds the first stencil or icon token the table lacks ("" if none), for a
 * note that the element falls back to its shape. The names and zones passes
 * read decoration and zone here, the classify pass kind and tech. */
bool tmc_lexicon_stencil_of_style(const tmc_lexicon *lx, const char *style,
                                  tmc_stencil *out, char *unknown, size_t un);
/* fe23: does a draw.io style draw a person's device as a zone (a stencil
 * row with zone: true and a device's, a phone app's or a browser's
 * technology: a phone, a tablet, a browser window around an app)? */
bool tmc_lexicon_device_zone_style(const tmc_lexicon *lx, const char *style);

/* The first word of list that occurs in text as a whole word
 * (case-insensitively), or NULL. */
const char *tmc_lexicon_says(const tmc_lexicon *lx, tmc_word_list list, const char *text);
/* d36c: where a name's first clause joins a product to an add-on with a "+"
 * (words.yaml addons after the last "+": "Moodle + PyFeedback plugin",
 * "Jenkins+Blue Ocean plugin"; "C++" and "Notepad++" join nothing), the
 * length of the words before that "+", spaces trimmed: the product the
 * add-on sets up, which names the box. Else 0. */
size_t tmc_lexicon_addon_host(const tmc_lexicon *lx, const char *text);
const char *tmc_word_list_key(tmc_word_list list); /* "query" */
/* g30b: as tmc_lexicon_says, but a key a value is kept under (an environment
 * variable's name among other words, "ADYEN_API_KEY"; a config line's
 * "adyen_terminal_key=") is no word, as where kinds are read: the key names
 * what the value is for, not what holds it. */
const char *tmc_lexicon_says_named(const tmc_lexicon *lx, tmc_word_list list,
                                   const char *text);
/* find30 (causes29 F3): as tmc_lexicon_says, but only a word of list that is
 * no entry of except counts ("weights" says model files only beside other
 * words: a label saying "bins, weights" says none beyond the bare ones). */
const char *tmc_lexicon_says_beyond(const tmc_lexicon *lx, tmc_word_list list,
                                    tmc_word_list except, const char *text);
/* A set of word lists: list l is bit l % 64 of w[l / 64]. The bit after the
 * last list is always free (the flow graph's memo marks an entry filled
 * with it). */
#define TMC_LISTSET_WORDS (TMC_WORD_LIST_COUNT / 64 + 1)
typedef struct tmc_listset {
  uint64_t w[TMC_LISTSET_WORDS];
} tmc_listset;
static inline bool tmc_listset_has(const tmc_listset *s, tmc_word_list l) {
  return (unsigned)l < TMC_WORD_LIST_COUNT && (s->w[l / 64] >> (l % 64) & 1);
}
static inline void tmc_listset_add(tmc_listset *s, tmc_word_list l) {
  if ((unsigned)l < TMC_WORD_LIST_COUNT)
    s->w[l / 64] |= UINT64_C(1) << (l % 64);
}
/* Which of lists (NULL: every list) text says a word of, in one walk over
 * text: list l is in the set exactly when it is asked and
 * tmc_lexicon_says(lx, l, text) is not NULL. For passes that ask one label
 * about many lists (the flow graph keeps it per element and flow); empty for
 * NULL text. */
tmc_listset tmc_lexicon_says_lists(const tmc_lexicon *lx, const tmc_listset *lists,
                                   const char *text);

/* Every entry of a kind table, in precedence order (tests walk them). */
uint32_t tmc_lexicon_n_entries(const tmc_lexicon *lx, tmc_kind_table t);
const char *tmc_lexicon_entry(const tmc_lexicon *lx, tmc_kind_table t, uint32_t i,
                              tmc_kind *kind);

/* ---- for catalog.c -------------------------------------------------------- */

struct yaml_document_s;
struct yaml_node_s;

tmc_lexicon *tmc_lexicon_new(void);
void tmc_lexicon_free(tmc_lexicon *lx); /* accepts NULL */
/* Is key a top-level section this module loads ("words", "shapes")? */
bool tmc_lexicon_is_section(const char *key);
/* Loads one section (the value node v of top-level key) of doc, read from
 * file; every problem is an error at file:line:col in d. Returns the number
 * of errors. The lexicon answers no question until tmc_lexicon_index. */
int tmc_lexicon_load(tmc_lexicon *lx, struct yaml_document_s *doc, const char *key,
                     struct yaml_node_s *v, const char *file, tmc_diags *d);
/* Indexes what tmc_lexicon_load added, once after the last section of a
 * batch of files (nothing asks a lexicon before then); no-op when nothing
 * was loaded since. */
void tmc_lexicon_index(tmc_lexicon *lx);

#endif
