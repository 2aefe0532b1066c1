-- Staff search dossiers by the owner's name typed with or without diacritics ("dang van lanh"
-- finds "Đặng Văn Lãnh"), in any database locale: a folded copy as VietnameseText.fold makes it
-- (lower case, no diacritics, đ as d). Rows written before are folded here with the same letters.
alter table procedures.dossier add column owner_folded varchar(200);
update procedures.dossier
   set owner_folded = lower(translate(owner_name,
       'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ',
       'aaaaeeeiioooouuyaaaaeeeiioooouuyaaddiiuuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy'));
