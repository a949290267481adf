namespace KerasNet.Interpret;

/// <summary>Which value of a class the attribution methods differentiate.</summary>
public enum ClassScore
{
    /// <summary>
    /// The model's output, e.g. the softmax probability (what report kipping2022's code uses).
    /// </summary>
    Output,

    /// <summary>
    /// The last Dense layer's value before its activation — the logit of a softmax classifier, the class score
    /// <c>y^c</c> of Grad-CAM as Selvaraju et al. define it. Needs a model ending in Dense.
    /// </summary>
    Logit,
}
