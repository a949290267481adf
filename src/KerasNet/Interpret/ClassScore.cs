namespace KerasNet.Interpret;

/// <summary>Which value of a class the attribution methods and the adversarial attacks differentiate.</summary>
public enum ClassScore
{
    /// <summary>
    /// The model's output, e.g. the softmax probability (what report kipping2022's attribution code uses); for an attack,
    /// the compiled loss computed from that output.
    /// </summary>
    Output,

    /// <summary>
    /// The last Dense layer's value before its activation — the logit of a softmax classifier, the class score
    /// <c>y^c</c> of Grad-CAM as Selvaraju et al. define it; for an attack, the compiled crossentropy computed from the
    /// logits. Needs a model ending in Dense (for an attack, a softmax Dense layer).
    /// </summary>
    Logit,
}
