/// Word lists for generated talks: machine-learning titles, names from many languages (with
/// the accents and scripts the seeds have), and abstract sentences with slots.
enum GeneratorWords {
    static let adjectives = [
        "Efficient", "Scalable", "Robust", "Provable", "Adaptive", "Hierarchical", "Implicit",
        "Stochastic", "Differentiable", "Federated", "Contrastive", "Bayesian", "Causal", "Neural",
        "Invariant", "Equivariant", "Certified", "Private", "Fair", "Interpretable", "Continual",
        "Online", "Offline", "Distributed", "Structured", "Generative", "Discrete", "Latent",
        "Multi-Agent", "Self-Supervised", "Zero-Shot", "Few-Shot", "Low-Rank", "Quantized",
    ]
    static let nouns = [
        "Transformers", "Graph Networks", "Diffusion Models", "Policy Gradients", "Kernels",
        "Representations", "Embeddings", "Optimizers", "Language Models", "Value Functions",
        "Autoencoders", "Normalizing Flows", "Mixture Models", "Bandits", "Markov Chains",
        "Convolutions", "Recurrent Networks", "Energy Models", "Neural Fields", "Decision Trees",
        "Gaussian Processes", "Spiking Networks", "Point Clouds", "Knowledge Graphs", "Agents",
    ]
    static let tasks = [
        "Image Classification", "Machine Translation", "Molecule Generation", "Protein Folding",
        "Time-Series Forecasting", "Object Detection", "Speech Recognition", "Question Answering",
        "Combinatorial Optimization", "Program Synthesis", "Recommendation", "Robot Control",
        "Anomaly Detection", "Domain Adaptation", "Semantic Segmentation", "Link Prediction",
        "Text Generation", "Weather Prediction", "Drug Discovery", "Video Understanding",
    ]
    static let verbs = [
        "Learning", "Training", "Understanding", "Scaling", "Compressing", "Regularizing",
        "Accelerating", "Rethinking", "Revisiting", "Certifying", "Distilling", "Pruning",
    ]
    static let titleTemplates = [
        "{adj} {noun} for {task}", "{verb} {adj} {noun}", "On the Convergence of {adj} {noun}",
        "{acronym}: {adj} {noun} for {task}", "{verb} {noun} via {adj} {noun2}",
        "When Do {noun} Generalize? A Study of {task}", "{adj} {task} with {noun}",
        "Towards {adj} {noun}: Theory and Practice", "{acronym}: {verb} {noun} at Scale",
        "A Unified View of {noun} and {noun2}", "Beyond {noun}: {adj} {task}",
    ]

    static let givenNames = [
        "Tri", "Daniel", "Beidi", "Yiduo", "Bing", "Dongyan", "Yilun", "Shuang", "Josh", "Igor",
        "Jérémie", "Ana", "Zoë", "Łukasz", "Søren", "José", "François", "Björn", "Chloé", "Marta",
        "Wei", "Xiang", "Simeng", "Shafiq", "Yukun", "Wenrui", "Peng", "HanQin", "Yuchen", "Wotao",
        "Priya", "Arjun", "Fatima", "Omar", "Kenji", "Haruka", "Min-jun", "Seo-yeon", "Olga", "Ivan",
        "Amara", "Kwame", "Lucía", "Mateo", "Ingrid", "Nils", "Aoife", "Siobhán", "Renée", "Dvořák",
    ]
    static let familyNames = [
        "Dao", "Fu", "Chen", "Guo", "Liu", "Zhao", "Du", "Li", "Tenenbaum", "Mordatch", "Dona",
        "Müller", "García", "Nguyễn", "Kowalski", "Øberg", "Zhang", "Wang", "Lin", "Han", "Joty",
        "Yang", "Cai", "Lou", "Mckenzie", "Yin", "Sharma", "Patel", "Okafor", "Haddad", "Tanaka",
        "Sato", "Kim", "Park", "Ivanova", "Petrov", "Mensah", "Fernández", "Lindqvist", "Murphy",
        "Ó Briain", "Lefèvre", "Schröder", "Núñez", "Çelik", "Yılmaz", "Novák", "Horváth",
        "王", "山田",
    ]

    /// Abstract sentences; {x} slots are filled from `slotWords`.
    static let sentences = [
        "We study the problem of {topic} in {setting} settings, where {obstacle} makes standard methods fail.",
        "Existing approaches to {topic} rely on {assumption}, which rarely holds in practice.",
        "In this work, we propose {method}, a {adj} framework that combines {component} with {component2}.",
        "Our key insight is that {topic} can be reduced to {problem}, which admits an efficient solution.",
        "We prove that {method} converges at a rate of O(1/{rate}) under mild assumptions on the {component}.",
        "Empirically, {method} improves accuracy by {number}% on {dataset} and {number2}% on {dataset2}.",
        "Experiments on {dataset} show that our approach outperforms strong baselines while using {number}x less memory.",
        "We further analyze the role of {component} and show that it is critical for {topic}.",
        "The code is publicly available at https://github.com/{handle}/{repo}.",
        "Our results suggest that {topic} is far from solved and open several directions for future work.",
        "Unlike prior work, we do not assume access to {assumption}, and our guarantees hold for {setting} data.",
        "We introduce a new benchmark, {dataset}, with {number} thousand examples covering {topic}.",
        "Theoretical analysis reveals a trade-off between {component} and {component2} that we characterize exactly.",
        "A simple modification of the {component} yields consistent gains across {number} tasks.",
        "These findings shed light on when {adj} {noun} succeed and when they fail.",
    ]
    static let topics = [
        "representation learning", "credit assignment", "out-of-distribution generalization",
        "long-range dependencies", "catastrophic forgetting", "reward misspecification",
        "distribution shift", "label noise", "model compression", "uncertainty estimation",
        "exploration", "causal discovery", "privacy-preserving training", "neural architecture search",
        "multi-task learning", "adversarial robustness", "calibration", "data augmentation",
    ]
    static let settings = ["high-dimensional", "non-stationary", "low-resource", "multi-modal",
                           "partially observed", "heavy-tailed", "streaming", "decentralized"]
    static let obstacles = ["the curse of dimensionality", "non-convexity", "limited supervision",
                            "communication cost", "sample inefficiency", "noisy gradients"]
    static let assumptions = ["i.i.d. samples", "a known transition model", "dense rewards",
                              "clean labels", "convex losses", "abundant compute"]
    static let components = ["attention mechanism", "encoder", "decoder", "loss function",
                             "regularizer", "step size", "replay buffer", "tokenizer", "graph kernel",
                             "value network", "gating layer", "normalization layer", "prior"]
    static let problems = ["a linear program", "matrix factorization", "a shortest-path problem",
                           "kernel regression", "a convex relaxation", "a fixed-point iteration"]
    static let datasets = ["ImageNet", "CIFAR-10", "CIFAR-100", "WMT14", "GLUE", "MuJoCo",
                           "Atari", "OGB", "COCO", "LibriSpeech", "SQuAD", "D4RL", "ZINC"]
    static let handles = ["gydpku", "rajarshd", "hazyresearch", "openlab", "mlgroup", "deepteam"]

    /// Sentences that mention sparse attention (or one of the two words), placed in some
    /// abstracts so `lineup list sparse attention` has something to find.
    static let sparseAttentionSentences = [
        "We replace dense self-attention with sparse attention over {number} selected tokens.",
        "Sparse attention patterns reduce the quadratic cost of the {component}.",
        "Compared with sparse attention baselines, {method} is {number}x faster.",
    ]
    static let sparseOnlySentences = [
        "The learned weights are sparse, which makes inference cheap.",
        "We exploit sparse gradients to cut communication by {number}%.",
    ]
    static let attentionOnlySentences = [
        "An attention layer aggregates information across {component} outputs.",
        "We visualize the attention maps of the {component}.",
    ]

    static let sessionTitles = [
        "DL: Algorithms", "Applications", "Optimization", "Theory", "Reinforcement Learning",
        "Probabilistic Methods", "Deep Learning: Architectures", "Social Aspects", "Vision",
        "Language", "Graphs", "Robustness", "Privacy", "Causality", "Online Learning",
    ]
    static let rooms = ["Ballroom 1 & 2", "Ballroom 3", "Hall F", "Hall G", "Room 301 - 303",
                        "Room 307", "Room 310", "Room 318 - 320", "Room 327", "Exhibit Hall"]
}
