import { defineErrorCodes } from '../../errors/define-error-codes.js';

export const similarityErrors = defineErrorCodes({
  SIMILARITY_MODEL_MISMATCH: {
    status: 400,
    message: 'The two embeddings come from different models and cannot be compared.',
    cause: 'Embeddings carry the model that produced them; they differ.',
    fix: 'Compute both embeddings with the same face analyzer.',
  },
  SIMILARITY_NO_FACE: {
    status: 422,
    message: 'No face was found in one of the photos being compared.',
    cause: 'The face analyzer returned no face for `details.which`.',
    fix: 'Use a photo that shows the face clearly, frontal and well lit.',
  },
  SIMILARITY_SEVERAL_FACES: {
    status: 422,
    message: 'One of the photos being compared shows several people of similar size.',
    cause:
      'Two or more faces in `details.which` are nearly as large as each other, so no one of them is the subject.',
    fix: 'Use a photo that shows only the person to compare (crop the others out).',
  },
});
